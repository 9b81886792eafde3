package dev.eventsim.load.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A POST of a JSON body with a KS, the request a virtual user sends; as wire bytes or as a JDK request. */
record BenchRequest(URI uri, String authorization, byte[] body) {

    static BenchRequest post(String url, String ks, String json) {
        return new BenchRequest(URI.create(url), "Bearer " + ks, json.getBytes(StandardCharsets.UTF_8));
    }

    /** The whole HTTP/1.1 request, head and body, as the socket driver writes it. */
    byte[] wire() {
        String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\n"
                + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Authorization: " + authorization + "\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    HttpRequest jdk() {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }
}
