-- wrk script: the simulator's own /api/chat answer, to subtract from the service's figures.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"model":"llama3.2:3b","stream":false,"messages":[{"role":"user","content":"hi"}]}'
