package dev.dealfocus.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Every log record of the service while it is started, formatted with its parameters and stack trace. */
public final class LogCapture extends Handler {
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    public void stop() {
        Logger.getLogger("").removeHandler(this);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord r) {
        StringWriter trace = new StringWriter();
        if (r.getThrown() != null) {
            r.getThrown().printStackTrace(new PrintWriter(trace));
        }
        Object[] params = r.getParameters();
        String message = r.getMessage();
        try {
            message = params == null || params.length == 0 ? message : MessageFormat.format(message, params) + " " + Arrays.toString(params);
        } catch (IllegalArgumentException e) {
            message = message + " " + Arrays.toString(params);
        }
        lines.add(r.getLoggerName() + " " + message + " " + trace);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
