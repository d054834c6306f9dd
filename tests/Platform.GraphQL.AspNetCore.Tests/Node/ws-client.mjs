// The npm graphql-ws client, unchanged, against GRAPHQL_WS_URL: a subscription, a query and a
// refused connection; prints what it saw as JSON.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const url = process.env.GRAPHQL_WS_URL;

function collect(client, query) {
  return new Promise((resolve, reject) => {
    const results = [];
    client.subscribe({ query }, {
      next: (value) => results.push(value),
      error: reject,
      complete: () => resolve(results),
    });
  });
}

const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: 'Bearer node' }, lazy: true, retryAttempts: 0 });
const ticks = await collect(client, 'subscription { ticks(count: 3) }');
const whoami = await collect(client, '{ whoami }');
await client.dispose();

const refused = await new Promise((resolve) => {
  const bad = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: 'Bearer bad' }, lazy: true, retryAttempts: 0 });
  bad.subscribe({ query: '{ hello }' }, { next: () => {}, error: (e) => resolve(e.code ?? String(e)), complete: () => resolve('completed') });
});

process.stdout.write(JSON.stringify({ ticks, whoami, refused }));
