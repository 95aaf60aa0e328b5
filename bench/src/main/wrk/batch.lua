-- Batch lookups: POST /credit/lookup with 1,000 random codes of the population (16 bodies, in turn).
local codes = {}
for line in io.lines(os.getenv("CODES")) do codes[#codes + 1] = line end
local headers = {["Authorization"] = "Bearer " .. os.getenv("TOKEN"), ["Purpose"] = os.getenv("PURPOSE"),
    ["Content-Type"] = "application/json"}
local bodies = {}
local i = 0
init = function()
    math.randomseed(os.time())
    for b = 1, 16 do
        local picked = {}
        for k = 1, 1000 do picked[k] = '"' .. codes[math.random(#codes)] .. '"' end
        bodies[b] = '{"usccs": [' .. table.concat(picked, ",") .. ']}'
    end
end
request = function()
    i = i % #bodies + 1
    return wrk.format("POST", nil, headers, bodies[i])
end
