-- Single lookups: GET /credit/{uscc} of a random code of the population, with a Purpose.
local codes = {}
for line in io.lines(os.getenv("CODES")) do codes[#codes + 1] = line end
local headers = {["Authorization"] = "Bearer " .. os.getenv("TOKEN"), ["Purpose"] = os.getenv("PURPOSE")}
local n = 0
setup = function(thread) n = n + 1; thread:set("id", n) end
init = function() math.randomseed(os.time() + id * 7919) end
request = function()
    return wrk.format("GET", wrk.path .. "/" .. codes[math.random(#codes)], headers)
end
