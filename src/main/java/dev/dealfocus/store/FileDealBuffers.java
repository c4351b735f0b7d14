package dev.dealfocus.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.dealfocus.core.port.DealBuffer;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Run buffers in a compressed temporary file, one deal per line, deleted when the run ends: a run of
 * 100,000 deals keeps one page in memory, not the pipeline. Nothing here outlives a run, so the
 * snapshot is written as it is, unlike what the store keeps.
 */
public final class FileDealBuffers implements DealBuffer.Factory {
    private final ObjectWriter writer;
    private final ObjectReader reader;

    public FileDealBuffers(ObjectMapper mapper) {
        this.writer = mapper.writerFor(DealBuffer.Read.class);
        this.reader = mapper.readerFor(DealBuffer.Read.class);
    }

    @Override
    public DealBuffer open() {
        try {
            return new FileBuffer(Files.createTempFile("dealfocus-run-", ".jsonl.gz"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a run buffer in " + System.getProperty("java.io.tmpdir"), e);
        }
    }

    private final class FileBuffer implements DealBuffer {
        private final Path file;
        private BufferedWriter out;

        FileBuffer(Path file) throws IOException {
            this.file = file;
            this.out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
                    StandardCharsets.UTF_8));
        }

        @Override
        public void add(List<Read> page) {
            try {
                for (Read read : page) {
                    out.write(writer.writeValueAsString(read));
                    out.newLine();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the run buffer " + file, e);
            }
        }

        @Override
        public void forEachPage(int size, Consumer<List<Read>> page) {
            closeWriter();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                    StandardCharsets.UTF_8))) {
                List<Read> reads = new ArrayList<>(size);
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    reads.add(reader.readValue(line));
                    if (reads.size() == size) {
                        page.accept(List.copyOf(reads));
                        reads.clear();
                    }
                }
                if (!reads.isEmpty()) {
                    page.accept(List.copyOf(reads));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the run buffer " + file, e);
            }
        }

        private void closeWriter() {
            if (out == null) {
                return;
            }
            try {
                out.close();
                out = null;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the run buffer " + file, e);
            }
        }

        @Override
        public void close() {
            try {
                closeWriter();
            } finally {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }
}
