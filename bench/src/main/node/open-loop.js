// Single credit lookups at a fixed offered rate: autocannon sends RATE requests a second in all over
// CONNECTIONS connections for SECONDS, each GET /credit/{uscc} of a random code of the population with
// a Purpose, and prints one line: offered and answered rates, p50, p99, errors and non-2xx answers.
// Run by bench/credit-lookup: node open-loop.js URL TOKEN CODES_FILE PURPOSE RATE CONNECTIONS SECONDS
'use strict';
const fs = require('fs');
const autocannon = require('autocannon');

const [url, token, codesFile, purpose, rate, connections, seconds] = process.argv.slice(2);
if (!seconds) {
  console.error('usage: node open-loop.js URL TOKEN CODES_FILE PURPOSE RATE CONNECTIONS SECONDS');
  process.exit(2);
}
const codes = fs.readFileSync(codesFile, 'utf8').split('\n').filter((line) => line.length > 0);
const path = new URL(url).pathname;

autocannon(
  {
    url,
    connections: Number(connections),
    overallRate: Number(rate),
    duration: Number(seconds),
    headers: { Authorization: `Bearer ${token}`, Purpose: purpose },
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({
          ...request,
          path: `${path}/${codes[Math.floor(Math.random() * codes.length)]}`,
        }),
      },
    ],
  },
  (error, result) => {
    if (error) {
      console.error(error);
      process.exit(1);
    }
    const answered = result.requests.total / Number(seconds);
    console.log(
      `offered ${rate} req/s, answered ${answered.toFixed(1)} req/s (${result['2xx']} 2xx of ${result.requests.total}), ` +
        `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms, ` +
        `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
    );
  },
);
