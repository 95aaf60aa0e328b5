-- The ceiling: GET /me with the agency client's token (authentication and nothing else).
local headers = {["Authorization"] = "Bearer " .. os.getenv("TOKEN")}
request = function()
    return wrk.format("GET", nil, headers)
end
