package dev.eventsim.client;

import dev.eventsim.client.auth.KsProvider;
import dev.eventsim.client.events.DuplicationPolling;
import dev.eventsim.client.events.Events;
import dev.eventsim.client.eventusers.EventUsers;
import dev.eventsim.client.internal.Caller;
import dev.eventsim.client.participants.SessionParticipants;
import dev.eventsim.client.sessions.Sessions;
import dev.eventsim.client.teammembers.TeamMembers;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * A client of the Kaltura Virtual Events Platform Events API, its operations grouped as the API
 * groups them. Thread-safe; build one per base URL and KS provider and share it.
 *
 * <pre>{@code
 * EventsClient client = EventsClient.builder()
 *         .region(Region.EU)
 *         .ksProvider(KsProvider.minting(partnerId, adminSecret, "sync@example.com", Duration.ofHours(12)))
 *         .clientTag("acme-sync/1.4")
 *         .build();
 * Event event = client.events().create(NewEvent.builder()...build());
 * }</pre>
 */
public final class EventsClient {
    /** The client's own version, sent in the {@code User-Agent}. */
    public static final String VERSION = "0.1.0";

    private final URI baseUrl;
    private final Events events;
    private final Sessions sessions;
    private final TeamMembers teamMembers;
    private final EventUsers eventUsers;
    private final SessionParticipants sessionParticipants;

    private EventsClient(Builder b) {
        HttpClient http = b.httpClient != null ? b.httpClient
                : HttpClient.newBuilder().connectTimeout(b.connectTimeout).build();
        String userAgent = (b.clientTag == null ? "" : b.clientTag + " ") + "events-client-java/" + VERSION
                + " Java/" + Runtime.version().feature();
        Caller caller = Caller.over(http, b.baseUrl, b.requestTimeout, b.ksProvider, userAgent, b.listener,
                b.retryPolicy, b.sleeper, b.clock, b.callTimeout);
        this.baseUrl = caller.baseUrl();
        this.events = new Events(caller, b.clock, b.sleeper, b.pagerOffset, b.duplicationPolling,
                b.createdAtTolerance);
        this.sessions = new Sessions(caller, b.clock, b.createdAtTolerance);
        this.teamMembers = new TeamMembers(caller, b.pagerOffset, b.clock, b.createdAtTolerance);
        this.eventUsers = new EventUsers(caller, b.pagerOffset, b.clock, b.createdAtTolerance);
        this.sessionParticipants = new SessionParticipants(caller);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The base URL operations are sent to, ending in {@code /}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** {@code events/*}: create, list, update, delete, duplicate, duplicateStatus, and their helpers. */
    public Events events() {
        return events;
    }

    /** {@code sessions/*}: create, list, speakerList. */
    public Sessions sessions() {
        return sessions;
    }

    /** {@code team-members/*}: create, update, delete, list. */
    public TeamMembers teamMembers() {
        return teamMembers;
    }

    /** {@code event-users/*}: invite, list, update, delete. */
    public EventUsers eventUsers() {
        return eventUsers;
    }

    /** {@code session-participants/*}: add, remove, update, list. */
    public SessionParticipants sessionParticipants() {
        return sessionParticipants;
    }

    /** Builds an {@link EventsClient}. Only the KS provider is required; the region defaults to NVP. */
    public static final class Builder {
        private URI baseUrl = Region.NVP.baseUrl();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofMinutes(2);
        private KsProvider ksProvider;
        private String clientTag;
        private ExchangeListener listener = ExchangeListener.none();
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Sleeper sleeper = Sleeper.system();
        private Clock clock = Clock.systemUTC();
        private PagerOffset pagerOffset = PagerOffset.ITEMS;
        private DuplicationPolling duplicationPolling = DuplicationPolling.defaults();
        private Duration createdAtTolerance = Duration.ofSeconds(30);
        private HttpClient httpClient;

        private Builder() {
        }

        /** One of the hosted regions. Default {@link Region#NVP}. */
        public Builder region(Region value) {
            this.baseUrl = Objects.requireNonNull(value, "region").baseUrl();
            return this;
        }

        /** Any base URL instead of a region, such as a simulator's {@code http://127.0.0.1:8080/api/v1}. */
        public Builder baseUrl(String value) {
            return baseUrl(URI.create(Objects.requireNonNull(value, "baseUrl")));
        }

        public Builder baseUrl(URI value) {
            Objects.requireNonNull(value, "baseUrl");
            if (!"http".equals(value.getScheme()) && !"https".equals(value.getScheme())) {
                throw new IllegalArgumentException("baseUrl must be an http(s) URL, got " + value);
            }
            this.baseUrl = value;
            return this;
        }

        /** How long to wait for a connection. Default 10 s. Ignored with {@link #httpClient}. */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = positive(value, "connectTimeout");
            return this;
        }

        /** How long to wait for each answer; a timeout is retried. Default 30 s. */
        public Builder requestTimeout(Duration value) {
            this.requestTimeout = positive(value, "requestTimeout");
            return this;
        }

        /**
         * How long one call may take in all — its attempts, the waits between them and any search
         * for what a lost create made — by the {@link #clock}. No retry starts whose wait would end
         * past it, and each attempt's request timeout is cut to the time left. Default 2 minutes.
         */
        public Builder callTimeout(Duration value) {
            this.callTimeout = positive(value, "callTimeout");
            return this;
        }

        /** Where the KS comes from: {@link KsProvider#fixed} or {@link KsProvider#minting}. Required. */
        public Builder ksProvider(KsProvider value) {
            this.ksProvider = Objects.requireNonNull(value, "ksProvider");
            return this;
        }

        /** Names the application in the {@code User-Agent}, before the client's own, e.g. {@code acme-sync/1.4}. */
        public Builder clientTag(String value) {
            if (value != null && (value.isBlank() || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f))) {
                throw new IllegalArgumentException("clientTag must be printable text, got '" + value + "'");
            }
            this.clientTag = value;
            return this;
        }

        /** Hears every request and answer, e.g. {@link ExchangeListener#logging}. Default none. */
        public Builder listener(ExchangeListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /** When to retry. Default {@link RetryPolicy#defaults()}, the guide's advice. */
        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        /** How to wait between retries and polls. Default {@link Sleeper#system()}. */
        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /** The clock for timeouts of {@code duplicateAndWait} and the create recovery. Default the system's. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** What the service reads {@code pager.offset} as, for the paging helpers. Default items. */
        public Builder pagerOffset(PagerOffset value) {
            this.pagerOffset = Objects.requireNonNull(value, "pagerOffset");
            return this;
        }

        /** How {@code duplicateAndWait} polls. Default 5 s, 10 s, then every 30 s, for 5 minutes. */
        public Builder duplicationPolling(DuplicationPolling value) {
            this.duplicationPolling = Objects.requireNonNull(value, "duplicationPolling");
            return this;
        }

        /**
         * How far the service's {@code createdAt} may lie before the client's clock reading at the
         * start of a create ({@code events/create}, {@code sessions/create}, {@code team-members/create},
         * {@code event-users/invite}) and still count as made by that call, when recovering from a
         * lost answer. Allows for clock skew. Default 30 s.
         */
        public Builder createdAtTolerance(Duration value) {
            Objects.requireNonNull(value, "createdAtTolerance");
            if (value.isNegative()) {
                throw new IllegalArgumentException("createdAtTolerance must not be negative, got " + value);
            }
            this.createdAtTolerance = value;
            return this;
        }

        /** An HTTP client of your own (proxy, TLS, executor). Default a new one with {@link #connectTimeout}. */
        public Builder httpClient(HttpClient value) {
            this.httpClient = Objects.requireNonNull(value, "httpClient");
            return this;
        }

        public EventsClient build() {
            if (ksProvider == null) {
                throw new IllegalStateException(
                        "a ksProvider is required: KsProvider.fixed(ks) or KsProvider.minting(...)");
            }
            return new EventsClient(this);
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, got " + value);
            }
            return value;
        }
    }
}
