package nl.zgw.deploy;

import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A stand-in child process: serves {@code /q/health} on the given port, or fails at once with "fail". */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("fail")) {
            System.out.println("boom: the database is not there");
            System.exit(3);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", Integer.parseInt(args[0])), 0);
        server.createContext("/q/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        System.out.println("fake service listening");
    }
}
