package nl.zgw.notificaties.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw-socket webhook that answers {@code 200} with its headers at once and then never sends the promised body: the
 * case that an HTTP client's header timeout does not cover. It keeps every connection open until it is closed.
 */
public final class StallingSubscriber implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();

    public StallingSubscriber() throws IOException {
        server = new ServerSocket(0, 50);
        Thread acceptor = new Thread(this::accept, "stalling-subscriber");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String url() {
        return "http://localhost:" + server.getLocalPort() + "/hook";
    }

    /** Requests whose headers were answered (and whose body then stalled). */
    public int requests() {
        return requests.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                connections.add(s);
                readRequestHead(s.getInputStream());
                OutputStream out = s.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\nstall")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                requests.incrementAndGet();
            } catch (IOException e) {
                // closed, or the client gave up on this connection: go on with the next one
            }
        }
    }

    /** Reads up to the end of the request headers (the body is left unread; the client has already sent it). */
    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while (matched < 4 && (b = in.read()) != -1) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : connections) {
            s.close();
        }
    }
}
