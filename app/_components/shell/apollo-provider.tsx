'use client';

import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';

function createClient(): ApolloClient {
  return new ApolloClient({
    // The session cookie rides along; the API scopes every answer to the viewer.
    link: new HttpLink({ uri: '/api/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache(),
    // On the server the dashboards render their loading state; data comes from the browser.
    ssrMode: typeof window === 'undefined',
  });
}

/** One Apollo Client per browser tab for the dashboards' GraphQL queries. */
export function PortalApolloProvider({ children }: { children: ReactNode }) {
  const [client] = useState(createClient);
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
