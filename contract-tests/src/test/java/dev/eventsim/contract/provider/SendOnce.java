package dev.eventsim.contract.provider;

import au.com.dius.pact.provider.IHttpClientFactory;
import au.com.dius.pact.provider.IProviderInfo;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;

/**
 * The verifier's HTTP client, sending each interaction exactly once. Pact's own retries a 429 or
 * 503 after its {@code Retry-After}: the rate-limit interaction would wait out the window (an
 * hour) and then see a 200.
 */
final class SendOnce implements IHttpClientFactory {

    @Override
    public CloseableHttpClient newClient(IProviderInfo provider) {
        return HttpClients.custom()
                .useSystemProperties()
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .build();
    }
}
