-- GET /api/v1/image/list pages for wrk: newest first, a search, and a filter, in turn.
local token = os.getenv("BENCH_TOKEN")
local paths = {
  "/api/v1/image/list?limit=20",
  "/api/v1/image/list?limit=20&offset=5000",
  "/api/v1/image/list?limit=20&q=violet",
  "/api/v1/image/list?limit=20&composition=album-cover&sort=title",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { ["Authorization"] = "Bearer " .. token })
end
