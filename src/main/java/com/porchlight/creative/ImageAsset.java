package com.porchlight.creative;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** An uploaded display-ad image: PNG, JPEG or GIF up to 2 MB, addressed by its SHA-256. */
public record ImageAsset(String sha256, String mediaType, String fileName, int width, int height) {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** The asset with its bytes, for previews and the examiner export. */
    public record Stored(ImageAsset asset, byte[] bytes) {
    }

    static ImageAsset read(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new CreativeException("The file \"" + fileName + "\" is empty.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new CreativeException("The image is " + (bytes.length / 1024) + " KB; the limit is "
                    + (MAX_BYTES / 1024) + " KB.");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                throw new CreativeException("\"" + fileName + "\" is not a PNG, JPEG or GIF image.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                String type = switch (format) {
                    case "png" -> "image/png";
                    case "jpeg", "jpg" -> "image/jpeg";
                    case "gif" -> "image/gif";
                    default -> throw new CreativeException("\"" + fileName + "\" is a " + format
                            + " image; upload PNG, JPEG or GIF.");
                };
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                String name = fileName.isBlank() ? "image" : fileName.strip();
                return new ImageAsset(CreativeHash.sha256(bytes), type, name.length() > 255 ? name.substring(0, 255)
                        : name, w, h);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new CreativeException("\"" + fileName + "\" could not be read as an image: " + e.getMessage());
        }
    }
}
