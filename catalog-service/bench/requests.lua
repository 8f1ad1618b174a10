-- wrk script: a mix of what the library pages ask for, spread over the user's 10,000 sketches and
-- 2,000 equipment rows. Set MODE=list or MODE=search.
local mode = os.getenv("MODE") or "list"
local words = {"love", "night", "rain", "guit", "blue", "heart", "neon", "regen", "summ", "storm"}
local tags = {"love", "night", "rain", "river", "neon"}
local counter = 0

wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")

request = function()
  counter = counter + 1
  local path
  if mode == "search" then
    local word = words[(counter % #words) + 1]
    if counter % 4 == 0 then
      path = "/api/v1/equipment?q=" .. word
    elseif counter % 4 == 1 then
      path = "/api/v1/sketches?q=" .. word .. "&tag=" .. tags[(counter % #tags) + 1]
    else
      path = "/api/v1/sketches?q=" .. word
    end
  else
    local offset = (counter * 37) % 400
    if counter % 4 == 0 then
      path = "/api/v1/equipment?sort=name&order=asc&offset=" .. offset
    elseif counter % 4 == 1 then
      path = "/api/v1/sketches?sort=title&order=asc&offset=" .. offset
    else
      path = "/api/v1/sketches?offset=" .. offset
    end
  end
  return wrk.format("GET", path)
end

response = function(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
