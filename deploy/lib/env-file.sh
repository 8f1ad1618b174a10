# shellcheck shell=sh
# load_env_file FILE: exports the KEY=VALUE lines of FILE (as in deploy/.env.example) that the
# environment does not set already, so a variable given on the command line beats the file.
# Blank lines and '#' comments are skipped, an optional `export ` prefix and one pair of
# surrounding quotes are removed; nothing is evaluated, so a value may hold any character.
# The names it exported are left in ENV_FILE_LOADED (space-separated). Sourced by ./run (POSIX sh).
load_env_file() {
  ENV_FILE_LOADED=''
  _env_line_number=0
  while IFS= read -r _env_line || [ -n "$_env_line" ]; do
    _env_line_number=$((_env_line_number + 1))
    # Leading blanks and a Windows line end are noise, not part of the setting.
    _env_line=$(printf '%s' "$_env_line" | sed 's/^[[:space:]]*//; s/\r$//')
    case $_env_line in
      '' | '#'*) continue ;;
      *=*) ;;
      *)
        echo "$1:$_env_line_number: not KEY=VALUE, ignored" >&2
        continue
        ;;
    esac
    _env_key=$(printf '%s' "${_env_line%%=*}" | sed 's/^export[[:space:]]\{1,\}//; s/[[:space:]]*$//')
    _env_value=${_env_line#*=}
    case $_env_key in
      '' | [0-9]* | *[!A-Za-z0-9_]*)
        echo "$1:$_env_line_number: '$_env_key' is not a variable name, ignored" >&2
        continue
        ;;
    esac
    case $_env_value in
      \"*\") _env_value=${_env_value#\"} _env_value=${_env_value%\"} ;;
      \'*\') _env_value=${_env_value#\'} _env_value=${_env_value%\'} ;;
    esac
    # The key is a checked variable name, so this eval only reads whether it is set.
    if eval "[ -z \"\${$_env_key+set}\" ]"; then
      export "$_env_key=$_env_value"
      ENV_FILE_LOADED="${ENV_FILE_LOADED:+$ENV_FILE_LOADED }$_env_key"
    fi
  done <"$1"
  unset _env_line _env_line_number _env_key _env_value
}
