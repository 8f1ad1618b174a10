-- wrk script: send one message to the conversation BENCH_CONVERSATION (non-streaming).
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"content":"Give me one more line for the chorus, please."}'
wrk.path = "/api/v1/conversations/" .. os.getenv("BENCH_CONVERSATION") .. "/messages"

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
