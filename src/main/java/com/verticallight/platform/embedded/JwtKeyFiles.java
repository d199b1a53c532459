package com.verticallight.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/** The token signing key pair of a single-machine install: generated once, kept in the data directory. */
public final class JwtKeyFiles {

    private JwtKeyFiles() {
    }

    public static synchronized Map<String, String> ensure(Path directory) {
        Path privateKey = directory.resolve("private.pem").toAbsolutePath();
        Path publicKey = directory.resolve("public.pem").toAbsolutePath();
        if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
            generate(directory, privateKey, publicKey);
        }
        return Map.of(
                "smallrye.jwt.sign.key.location", privateKey.toString(),
                "mp.jwt.verify.publickey.location", publicKey.toString());
    }

    private static void generate(Path directory, Path privateKey, Path publicKey) {
        try {
            Files.createDirectories(directory);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            restrictToOwner(privateKey);
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the JWT key pair to " + directory, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file system's own ACLs apply.
        }
    }
}
