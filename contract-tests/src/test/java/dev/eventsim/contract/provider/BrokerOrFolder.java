package dev.eventsim.contract.provider;

import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.support.expressions.SystemPropertyResolver;
import au.com.dius.pact.core.support.expressions.ValueResolver;
import au.com.dius.pact.provider.junitsupport.loader.PactBroker;
import au.com.dius.pact.provider.junitsupport.loader.PactBrokerLoader;
import au.com.dius.pact.provider.junitsupport.loader.PactFolderLoader;
import au.com.dius.pact.provider.junitsupport.loader.PactLoader;
import dev.eventsim.contract.broker.Broker;
import dev.eventsim.contract.broker.GitVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the verification reads the pacts: from the Pact Broker when one is configured
 * ({@link Broker}: {@code -Dpactbroker.url} or {@code PACT_BROKER_URL}), with the consumer version
 * selectors of the test class ({@code @PactBrokerConsumerVersionSelectors}) and pact-jvm's other
 * {@code pactbroker.*} settings; otherwise the pact the consumer tests wrote to {@code pact.rootDir}.
 * Pact-jvm publishes the results of a verification from a broker when
 * {@code -Dpact.verifier.publishResults=true}; the provider version is then
 * {@code -Dpact.provider.version}, else the commit of a clean working tree (a dirty one is refused).
 */
public final class BrokerOrFolder implements PactLoader {
    static final String PUBLISH_RESULTS = "pact.verifier.publishResults";
    static final String PROVIDER_VERSION = "pact.provider.version";

    /** pact-jvm's defaults for every other broker setting ({@code ${pactbroker.enablePending:false}}, ...). */
    @PactBroker
    private static final class Conventions {
    }

    private final PactLoader source;
    private final Path workingTree;

    public BrokerOrFolder() {
        this(Broker.configured());
    }

    BrokerOrFolder(Optional<Broker> broker) {
        this(broker, System.getProperty("pact.rootDir", "target/pacts"), Path.of("."));
    }

    BrokerOrFolder(Optional<Broker> broker, String folder, Path workingTree) {
        this.workingTree = workingTree;
        if (broker.isPresent()) {
            PactBrokerLoader loader = new PactBrokerLoader(Conventions.class.getAnnotation(PactBroker.class));
            loader.setValueResolver(new BrokerSettings(broker.get()));
            source = loader;
        } else {
            source = new PactFolderLoader(folder);
        }
    }

    @Override
    public List<Pact> load(String providerName) throws IOException {
        if (source instanceof PactBrokerLoader && Boolean.parseBoolean(System.getProperty(PUBLISH_RESULTS))
                && Optional.ofNullable(System.getProperty(PROVIDER_VERSION)).orElse("").isBlank()) {
            // pact-jvm reads it when it publishes; results from a tree with changes would name the wrong commit
            System.setProperty(PROVIDER_VERSION, GitVersion.of(workingTree));
        }
        return source.load(providerName);
    }

    @Override
    public au.com.dius.pact.core.model.PactSource getPactSource() {
        return source.getPactSource();
    }

    @Override
    public String description() {
        return source.description();
    }

    @Override
    public void initLoader(Class<?> testClass, Object testInstance) {
        source.initLoader(testClass, testInstance);
    }

    /** The broker's URL and token from {@link Broker}, whichever way they were given; the rest as pact-jvm reads it. */
    @Override
    public void setValueResolver(ValueResolver valueResolver) {
        // the resolver was chosen in the constructor
    }

    /** pact-jvm asks for {@code name} or {@code name:default}. */
    private record BrokerSettings(Broker broker) implements ValueResolver {
        @Override
        public String resolveValue(String property) {
            int colon = property.indexOf(':');
            String name = colon < 0 ? property : property.substring(0, colon);
            String value = switch (name) {
                case Broker.URL_PROPERTY -> broker.url();
                case Broker.TOKEN_PROPERTY -> broker.token();
                default -> null;
            };
            if (value == null && !name.equals(Broker.URL_PROPERTY) && !name.equals(Broker.TOKEN_PROPERTY)) {
                return SystemPropertyResolver.INSTANCE.resolveValue(property);
            }
            return value != null ? value : colon < 0 ? null : property.substring(colon + 1);
        }

        @Override
        public String resolveValue(String property, String defaultValue) {
            String value = resolveValue(property);
            return value == null ? defaultValue : value;
        }

        @Override
        public boolean propertyDefined(String property) {
            return resolveValue(property) != null;
        }
    }
}
