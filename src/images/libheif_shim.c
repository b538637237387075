/*
 * carnet's bridge to the system libheif (1.12 or later): HEIC, HEIF and AVIF photos.
 *
 * libheif reports errors by return value (struct heif_error), not by longjmp, so this
 * bridge is only there to keep libheif's structs, enums and ownership rules on the C
 * side: Rust sees an opaque handle, plain return codes, a message, and buffers it
 * frees with carnet_heif_free_buffer. Every libheif error is checked; every size
 * handed back is checked again by src/images/libheif.rs.
 *
 * Compiled by build.rs only when pkg-config finds libheif.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libheif/heif.h>

#if !defined(LIBHEIF_NUMERIC_VERSION) || LIBHEIF_NUMERIC_VERSION < 0x010C0000
#error "carnet's HEIF codec needs libheif 1.12 or later"
#endif

/* What carnet_heif_read tells of the primary image. */
struct carnet_heif_info {
    /* The size once libheif's transformations (irot, imir, clap) are applied:
     * the size of the decoded pixels. */
    unsigned int width;
    unsigned int height;
    int alpha;
    /* Metadata blocks of the primary image: Exif, XMP, any other. */
    int exif;
    int xmp;
    int other;
    /* Whether it carries an ICC colour profile. */
    int profile;
};

struct carnet_heif {
    struct heif_context *ctx;
    struct heif_image_handle *handle;
    char message[256];
};

static int carnet_heif_fail(struct carnet_heif *h, struct heif_error err) {
    if (err.code == heif_error_Ok)
        return 0;
    snprintf(h->message, sizeof h->message, "%s", err.message ? err.message : "libheif error");
    return -1;
}

/* A handle, or NULL when memory is short. Free it with carnet_heif_free. */
struct carnet_heif *carnet_heif_new(void) {
    struct carnet_heif *h = calloc(1, sizeof *h);
    if (h == NULL)
        return NULL;
    h->ctx = heif_context_alloc();
    if (h->ctx == NULL) {
        free(h);
        return NULL;
    }
    return h;
}

void carnet_heif_free(struct carnet_heif *h) {
    if (h == NULL)
        return;
    if (h->handle != NULL)
        heif_image_handle_release(h->handle);
    heif_context_free(h->ctx);
    free(h);
}

void carnet_heif_free_buffer(void *p) { free(p); }

const char *carnet_heif_message(const struct carnet_heif *h) { return h->message; }

const char *carnet_heif_version(void) { return heif_get_version(); }

/* Whether this libheif can decode HEVC (HEIC) and AV1 (AVIF). */
int carnet_heif_decoders(int *hevc, int *av1) {
    *hevc = heif_have_decoder_for_format(heif_compression_HEVC);
    *av1 = heif_have_decoder_for_format(heif_compression_AV1);
    return 0;
}

/* Parses the HEIF in data[0..len] (copied) and opens its primary image. 0, or -1
 * with a message. Call once per handle. */
int carnet_heif_read(struct carnet_heif *h, const unsigned char *data, size_t len,
                     struct carnet_heif_info *info) {
    if (h->handle != NULL) {
        snprintf(h->message, sizeof h->message, "the handle was already read");
        return -1;
    }
    if (carnet_heif_fail(h, heif_context_read_from_memory(h->ctx, data, len, NULL)))
        return -1;
    if (carnet_heif_fail(h, heif_context_get_primary_image_handle(h->ctx, &h->handle))) {
        h->handle = NULL;
        return -1;
    }
    int w = heif_image_handle_get_width(h->handle);
    int hh = heif_image_handle_get_height(h->handle);
    if (w <= 0 || hh <= 0) {
        snprintf(h->message, sizeof h->message, "the image has no pixels");
        return -1;
    }
    memset(info, 0, sizeof *info);
    info->width = (unsigned int)w;
    info->height = (unsigned int)hh;
    info->alpha = heif_image_handle_has_alpha_channel(h->handle) != 0;
    int count = heif_image_handle_get_number_of_metadata_blocks(h->handle, NULL);
    if (count > 0) {
        heif_item_id *ids = calloc((size_t)count, sizeof *ids);
        if (ids == NULL) {
            snprintf(h->message, sizeof h->message, "out of memory");
            return -1;
        }
        int n = heif_image_handle_get_list_of_metadata_block_IDs(h->handle, NULL, ids, count);
        for (int i = 0; i < n; i++) {
            const char *type = heif_image_handle_get_metadata_type(h->handle, ids[i]);
            const char *content = heif_image_handle_get_metadata_content_type(h->handle, ids[i]);
            if (type != NULL && strcmp(type, "Exif") == 0)
                info->exif++;
            else if (content != NULL && strcmp(content, "application/rdf+xml") == 0)
                info->xmp++;
            else
                info->other++;
        }
        free(ids);
    }
    info->profile = heif_image_handle_get_raw_color_profile_size(h->handle) > 0;
    return 0;
}

/* A malloc'd copy of the payload of the `index`th Exif block (0 first) in *out,
 * *len bytes; *out is NULL when there is no such block. 0, or -1 with a message. */
int carnet_heif_exif(struct carnet_heif *h, int index, unsigned char **out, size_t *len) {
    *out = NULL;
    *len = 0;
    int count = heif_image_handle_get_number_of_metadata_blocks(h->handle, "Exif");
    if (index < 0 || index >= count)
        return 0;
    heif_item_id *ids = calloc((size_t)count, sizeof *ids);
    if (ids == NULL) {
        snprintf(h->message, sizeof h->message, "out of memory");
        return -1;
    }
    int n = heif_image_handle_get_list_of_metadata_block_IDs(h->handle, "Exif", ids, count);
    if (index >= n) {
        free(ids);
        return 0;
    }
    heif_item_id id = ids[index];
    free(ids);
    size_t size = heif_image_handle_get_metadata_size(h->handle, id);
    if (size == 0)
        return 0;
    unsigned char *buf = malloc(size);
    if (buf == NULL) {
        snprintf(h->message, sizeof h->message, "out of memory for the Exif block");
        return -1;
    }
    if (carnet_heif_fail(h, heif_image_handle_get_metadata(h->handle, id, buf))) {
        free(buf);
        return -1;
    }
    *out = buf;
    *len = size;
    return 0;
}

/* A malloc'd copy of the ICC profile in *out (NULL when there is none). */
int carnet_heif_icc(struct carnet_heif *h, unsigned char **out, size_t *len) {
    *out = NULL;
    *len = 0;
    size_t size = heif_image_handle_get_raw_color_profile_size(h->handle);
    if (size == 0)
        return 0;
    unsigned char *buf = malloc(size);
    if (buf == NULL) {
        snprintf(h->message, sizeof h->message, "out of memory for the colour profile");
        return -1;
    }
    if (carnet_heif_fail(h, heif_image_handle_get_raw_color_profile(h->handle, buf))) {
        free(buf);
        return -1;
    }
    *out = buf;
    *len = size;
    return 0;
}

/* Decodes the primary image, transformations applied, to 8-bit interleaved RGB
 * (channels 3) or RGBA (4) into buf[0..len], `width`*`channels` bytes a row. The
 * decoded size must be `width` x `height`. 0, or -1 with a message. */
int carnet_heif_decode(struct carnet_heif *h, unsigned char *buf, size_t len, unsigned int width,
                       unsigned int height, int channels) {
    if (h->handle == NULL) {
        snprintf(h->message, sizeof h->message, "no image read");
        return -1;
    }
    if ((channels != 3 && channels != 4) || width == 0 || height == 0 ||
        len / height / (size_t)channels < width) {
        snprintf(h->message, sizeof h->message, "the buffer is too small");
        return -1;
    }
    struct heif_image *img = NULL;
    enum heif_chroma chroma = channels == 4 ? heif_chroma_interleaved_RGBA : heif_chroma_interleaved_RGB;
    if (carnet_heif_fail(h, heif_decode_image(h->handle, &img, heif_colorspace_RGB, chroma, NULL)))
        return -1;
    int w = heif_image_get_width(img, heif_channel_interleaved);
    int hh = heif_image_get_height(img, heif_channel_interleaved);
    int bits = heif_image_get_bits_per_pixel_range(img, heif_channel_interleaved);
    int stride = 0;
    const uint8_t *plane = heif_image_get_plane_readonly(img, heif_channel_interleaved, &stride);
    int rc = 0;
    if (plane == NULL || bits != 8) {
        snprintf(h->message, sizeof h->message, "libheif gave no 8-bit RGB pixels (%d bits)", bits);
        rc = -1;
    } else if (w < 0 || hh < 0 || (unsigned int)w != width || (unsigned int)hh != height) {
        snprintf(h->message, sizeof h->message, "decoded %dx%d pixels instead of %ux%u", w, hh,
                 width, height);
        rc = -1;
    } else if (stride < 0 || (size_t)stride < (size_t)width * (size_t)channels) {
        snprintf(h->message, sizeof h->message, "libheif gave a short row");
        rc = -1;
    } else {
        size_t row = (size_t)width * (size_t)channels;
        for (unsigned int y = 0; y < height; y++)
            memcpy(buf + (size_t)y * row, plane + (size_t)y * (size_t)stride, row);
    }
    heif_image_release(img);
    return rc;
}
