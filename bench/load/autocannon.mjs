// One measured load of the generated API with autocannon, as bench/README.md describes.
//   node autocannon.mjs '<json>'   with { url, token, workload, connections, warmupSeconds, seconds, items }
// Workloads: Q1 item by id, Q2 first 50 ACTIVE items by createdAt, Q3 20 items with category and first 10
// variants, Q4 rename a random item. Prints one JSON line: requests per second, latency p50/p99, errors,
// and the CPU time this process used while measuring.
import autocannon from 'autocannon';

const config = JSON.parse(process.argv[2]);
const itemId = () => 'item_' + String(1 + Math.floor(Math.random() * config.items)).padStart(26, '0');
const workloads = {
  Q1: () => ({ query: 'query($id: ID!) { item(id: $id) { id name slug status createdAt } }', variables: { id: itemId() } }),
  Q2: () => ({ query: '{ items(where: { status: { eq: ACTIVE } }, order: [{ createdAt: ASC }], first: 50) { nodes { id name slug status createdAt } } }' }),
  Q3: () => ({ query: '{ items(first: 20) { nodes { name category { name } variants(first: 10) { nodes { sku } } } } }' }),
  Q4: () => ({ query: 'mutation($id: ID!, $name: String!) { updateItem(id: $id, patch: { name: $name }) { id version } }', variables: { id: itemId(), name: 'Renamed ' + Math.random().toString(36).slice(2, 10) } }),
};
const body = workloads[config.workload];

function run(seconds) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({
      url: config.url,
      connections: config.connections,
      duration: seconds,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer ' + config.token },
      requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify(body()) }) }],
    }, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on('response', (_client, statusCode, _bytes, _time) => { if (statusCode !== 200) errorsSeen.count++; });
  });
}

const errorsSeen = { count: 0 };
await run(config.warmupSeconds);
errorsSeen.count = 0;
const before = process.cpuUsage();
const result = await run(config.seconds);
const cpu = process.cpuUsage(before);
process.stdout.write(JSON.stringify({
  workload: config.workload,
  requestsPerSecond: result.requests.average,
  p50: result.latency.p50,
  p99: result.latency.p99,
  errors: result.errors + result.timeouts + result.non2xx + errorsSeen.count,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
}) + '\n');
