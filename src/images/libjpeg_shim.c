/*
 * carnet's bridge to the system libjpeg-turbo (its libjpeg API, ABI 62, 2.0 or later).
 *
 * libjpeg reports a fatal error by calling the error manager's error_exit, which must
 * not return: the usual way out is longjmp. A longjmp across Rust frames is undefined
 * behaviour, so every libjpeg call happens in this file, inside a function that has
 * set its own jump point with setjmp; error_exit jumps back to that function, which
 * returns -1 with the message in the handle. Rust only sees plain return codes, and
 * no libjpeg call ever has a Rust frame between it and its setjmp.
 *
 * Everything a function changes after its setjmp lives behind a pointer set before
 * it (the decoder handle, the encoder's heap context), never in a local variable,
 * whose value would be indeterminate after the longjmp (C11 7.13.2.1).
 *
 * Used from src/images/libjpeg.rs; compiled by build.rs only when pkg-config finds
 * libjpeg-turbo.
 */
#include <setjmp.h>
#include <stddef.h>
#include <stdio.h> /* jpeglib.h needs FILE and size_t first */
#include <stdlib.h>
#include <string.h>

#include <jerror.h>
#include <jpeglib.h>

#if !defined(LIBJPEG_TURBO_VERSION_NUMBER) || LIBJPEG_TURBO_VERSION_NUMBER < 2000000
#error "carnet's libjpeg codec needs libjpeg-turbo 2.0 or later (jpeg_read_icc_profile)"
#endif

/* A progressive JPEG may hold any number of scans, each a pass over the whole
 * image: a hostile file with thousands of tiny scans costs minutes of CPU. Real
 * photos have about 10. */
#define CARNET_MAX_SCANS 500

/* Returned by carnet_jpeg_read_header: what the file holds. */
struct carnet_jpeg_header {
    unsigned int width;
    unsigned int height;
    /* 1 grey, 3 YCbCr or RGB, 4 CMYK or YCCK (decoded as CMYK: 4 bytes a pixel). */
    int components;
    int cmyk;
};

struct carnet_error {
    struct jpeg_error_mgr pub;
    jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
    /* Set while a progressive file's scans are read in: an end of file then means
     * missing scans. */
    int eof_is_fatal;
};

static void carnet_error_exit(j_common_ptr cinfo) {
    struct carnet_error *err = (struct carnet_error *)cinfo->err;
    (*cinfo->err->format_message)(cinfo, err->message);
    longjmp(err->jump, 1);
}

/* Warnings are corrupt data libjpeg can work around. Missing pixels ("premature
 * end of data segment", which libjpeg would paint grey; a lost restart marker; the
 * end of a progressive file before its last scan) make a truncated or damaged photo
 * an error, not a photo with a grey band or a blur. The others (extraneous bytes
 * before a marker, an end-of-image marker missing after complete data, an odd JFIF
 * version) are tolerated, as browsers do. Trace messages are dropped. */
static void carnet_emit_message(j_common_ptr cinfo, int level) {
    if (level < 0) {
        struct carnet_error *err = (struct carnet_error *)cinfo->err;
        int code = cinfo->err->msg_code;
        if (code == JWRN_HIT_MARKER || code == JWRN_MUST_RESYNC ||
            (code == JWRN_JPEG_EOF && err->eof_is_fatal))
            carnet_error_exit(cinfo);
        cinfo->err->num_warnings++;
    }
}

static void carnet_error_init(struct carnet_error *err) {
    jpeg_std_error(&err->pub);
    err->pub.error_exit = carnet_error_exit;
    err->pub.emit_message = carnet_emit_message;
    err->message[0] = '\0';
}

/* ------------------------------------------------------------------------------ */
/* Decoding                                                                        */
/* ------------------------------------------------------------------------------ */

struct carnet_jpeg_decoder {
    struct jpeg_decompress_struct cinfo;
    struct carnet_error err;
    struct jpeg_progress_mgr progress;
    int started;
};

static void carnet_count_scans(j_common_ptr cinfo) {
    j_decompress_ptr d = (j_decompress_ptr)cinfo;
    if (d->is_decompressor && d->input_scan_number > CARNET_MAX_SCANS) {
        struct carnet_error *err = (struct carnet_error *)cinfo->err;
        snprintf(err->message, sizeof err->message,
                 "more than %d progressive scans (a hostile file?)", CARNET_MAX_SCANS);
        longjmp(err->jump, 1);
    }
}

/* A decoder, or NULL when memory is short. Free it with carnet_jpeg_decoder_free. */
struct carnet_jpeg_decoder *carnet_jpeg_decoder_new(void) {
    struct carnet_jpeg_decoder *volatile d = calloc(1, sizeof *d);
    if (d == NULL)
        return NULL;
    carnet_error_init(&d->err);
    d->cinfo.err = &d->err.pub;
    if (setjmp(d->err.jump)) {
        jpeg_destroy_decompress(&d->cinfo);
        free(d);
        return NULL;
    }
    jpeg_create_decompress(&d->cinfo);
    d->progress.progress_monitor = carnet_count_scans;
    d->cinfo.progress = &d->progress;
    return d;
}

void carnet_jpeg_decoder_free(struct carnet_jpeg_decoder *d) {
    if (d == NULL)
        return;
    jpeg_destroy_decompress(&d->cinfo);
    free(d);
}

/* The message of the last error of `d`. */
const char *carnet_jpeg_decoder_message(const struct carnet_jpeg_decoder *d) {
    return d->err.message;
}

/* Reads the header of the JPEG in data[0..len], keeping the APP2 segments that
 * hold an ICC profile. `data` must stay valid and unchanged until the decoder is
 * freed. 0, or -1 with a message. Call once per decoder. */
int carnet_jpeg_read_header(struct carnet_jpeg_decoder *d, const unsigned char *data,
                            size_t len, struct carnet_jpeg_header *header) {
    if (setjmp(d->err.jump))
        return -1;
    jpeg_mem_src(&d->cinfo, data, (unsigned long)len);
    jpeg_save_markers(&d->cinfo, JPEG_APP0 + 2, 0xFFFF);
    jpeg_read_header(&d->cinfo, TRUE);
    header->width = d->cinfo.image_width;
    header->height = d->cinfo.image_height;
    header->components = d->cinfo.num_components;
    header->cmyk = d->cinfo.jpeg_color_space == JCS_CMYK || d->cinfo.jpeg_color_space == JCS_YCCK;
    return 0;
}

/* The embedded ICC profile (after carnet_jpeg_read_header): *icc is a malloc'd copy
 * for carnet_jpeg_free, or NULL when the file has none (or a broken one). */
int carnet_jpeg_icc(struct carnet_jpeg_decoder *d, unsigned char **icc, unsigned int *len) {
    *icc = NULL;
    *len = 0;
    if (setjmp(d->err.jump))
        return -1;
    JOCTET *data = NULL;
    unsigned int n = 0;
    if (jpeg_read_icc_profile(&d->cinfo, &data, &n)) {
        *icc = data;
        *len = n;
    }
    return 0;
}

/* Starts decoding at `scale`/8 of the full size (1 to 8), as RGB (CMYK for a CMYK or
 * YCCK file: `channels` says which) and writes the output size. 0, or -1. */
int carnet_jpeg_start(struct carnet_jpeg_decoder *d, unsigned int scale, unsigned int *width,
                      unsigned int *height, int *channels) {
    if (setjmp(d->err.jump))
        return -1;
    if (scale < 1 || scale > 8) {
        snprintf(d->err.message, sizeof d->err.message, "invalid scale %u/8", scale);
        return -1;
    }
    int cmyk =
        d->cinfo.jpeg_color_space == JCS_CMYK || d->cinfo.jpeg_color_space == JCS_YCCK;
    d->cinfo.out_color_space = cmyk ? JCS_CMYK : JCS_RGB;
    d->cinfo.scale_num = scale;
    d->cinfo.scale_denom = 8;
    d->cinfo.dct_method = JDCT_ISLOW;
    /* A progressive file is read to its end here, before the first row. */
    d->err.eof_is_fatal = 1;
    jpeg_start_decompress(&d->cinfo);
    d->err.eof_is_fatal = 0;
    d->started = 1;
    *width = d->cinfo.output_width;
    *height = d->cinfo.output_height;
    *channels = d->cinfo.output_components;
    return 0;
}

/* Decodes every row into buf: row y at buf + y * stride, `len` bytes in all.
 * 0, or -1 (a short buffer is an error, never an overflow). */
int carnet_jpeg_read(struct carnet_jpeg_decoder *d, unsigned char *buf, size_t stride,
                     size_t len) {
    if (setjmp(d->err.jump))
        return -1;
    if (!d->started) {
        snprintf(d->err.message, sizeof d->err.message, "decoding not started");
        return -1;
    }
    size_t row_bytes = (size_t)d->cinfo.output_width * (size_t)d->cinfo.output_components;
    if (stride < row_bytes || len / stride < (size_t)d->cinfo.output_height) {
        snprintf(d->err.message, sizeof d->err.message, "pixel buffer too small");
        return -1;
    }
    while (d->cinfo.output_scanline < d->cinfo.output_height) {
        JSAMPROW rows[16];
        unsigned int n = 0;
        while (n < 16 && d->cinfo.output_scanline + n < d->cinfo.output_height) {
            rows[n] = buf + (size_t)(d->cinfo.output_scanline + n) * stride;
            n++;
        }
        jpeg_read_scanlines(&d->cinfo, rows, n);
    }
    /* Not jpeg_finish_decompress: every pixel is there, and what follows the last
     * scan (a missing end-of-image marker, trailing bytes) must not fail the photo. */
    jpeg_abort_decompress(&d->cinfo);
    d->started = 0;
    return 0;
}

void carnet_jpeg_free(void *p) { free(p); }

/* ------------------------------------------------------------------------------ */
/* Encoding                                                                        */
/* ------------------------------------------------------------------------------ */

/* A destination that grows a malloc'd buffer owned by the context (libjpeg's own
 * jpeg_mem_dest loses its buffer when an error ends the compression). */
struct carnet_dest {
    struct jpeg_destination_mgr pub;
    unsigned char *buf;
    size_t cap;
};

static void carnet_dest_init(j_compress_ptr cinfo) {
    struct carnet_dest *dest = (struct carnet_dest *)cinfo->dest;
    dest->pub.next_output_byte = dest->buf;
    dest->pub.free_in_buffer = dest->cap;
}

static boolean carnet_dest_grow(j_compress_ptr cinfo) {
    struct carnet_dest *dest = (struct carnet_dest *)cinfo->dest;
    size_t cap = dest->cap * 2;
    unsigned char *buf = cap > dest->cap ? realloc(dest->buf, cap) : NULL;
    if (buf == NULL)
        ERREXIT1(cinfo, JERR_OUT_OF_MEMORY, 10);
    dest->pub.next_output_byte = buf + dest->cap;
    dest->pub.free_in_buffer = cap - dest->cap;
    dest->buf = buf;
    dest->cap = cap;
    return TRUE;
}

static void carnet_dest_term(j_compress_ptr cinfo) { (void)cinfo; }

struct carnet_encoder {
    struct jpeg_compress_struct cinfo;
    struct carnet_error err;
    struct carnet_dest dest;
    int created;
};

/* Encodes `height` rows of `width` RGB pixels (row y at rgb + y * stride) as a
 * baseline JPEG at `quality` (1-100), 4:2:0 below 90 and 4:4:4 from 90 on, with no
 * metadata but the JFIF header. On success, *out is a malloc'd buffer of *out_len
 * bytes for carnet_jpeg_free; on failure, -1 and the message in `message`. */
int carnet_jpeg_encode(const unsigned char *rgb, unsigned int width, unsigned int height,
                       size_t stride, int quality, unsigned char **out, size_t *out_len,
                       char *message, size_t message_len) {
    *out = NULL;
    *out_len = 0;
    struct carnet_encoder *volatile e = calloc(1, sizeof *e);
    if (e == NULL) {
        snprintf(message, message_len, "out of memory");
        return -1;
    }
    carnet_error_init(&e->err);
    e->cinfo.err = &e->err.pub;
    if (setjmp(e->err.jump)) {
        snprintf(message, message_len, "%s", e->err.message);
        if (e->created)
            jpeg_destroy_compress(&e->cinfo);
        free(e->dest.buf);
        free(e);
        return -1;
    }
    if (width == 0 || height == 0 || stride / 3 < width || quality < 1 || quality > 100) {
        snprintf(e->err.message, sizeof e->err.message, "invalid image to encode");
        longjmp(e->err.jump, 1);
    }
    jpeg_create_compress(&e->cinfo);
    e->created = 1;
    /* About 1.5 bits a pixel at quality 82; the buffer doubles when short. */
    e->dest.cap = (size_t)width * height / 4 + 4096;
    e->dest.buf = malloc(e->dest.cap);
    if (e->dest.buf == NULL)
        ERREXIT1(&e->cinfo, JERR_OUT_OF_MEMORY, 11);
    e->dest.pub.init_destination = carnet_dest_init;
    e->dest.pub.empty_output_buffer = carnet_dest_grow;
    e->dest.pub.term_destination = carnet_dest_term;
    e->cinfo.dest = &e->dest.pub;

    e->cinfo.image_width = width;
    e->cinfo.image_height = height;
    e->cinfo.input_components = 3;
    e->cinfo.in_color_space = JCS_RGB;
    jpeg_set_defaults(&e->cinfo);
    jpeg_set_quality(&e->cinfo, quality, TRUE);
    /* jpeg_set_defaults gives 4:2:0 (luma 2x2). */
    if (quality >= 90) {
        e->cinfo.comp_info[0].h_samp_factor = 1;
        e->cinfo.comp_info[0].v_samp_factor = 1;
    }
    e->cinfo.dct_method = JDCT_ISLOW;
    jpeg_start_compress(&e->cinfo, TRUE);
    while (e->cinfo.next_scanline < height) {
        JSAMPROW rows[16];
        unsigned int n = 0;
        while (n < 16 && e->cinfo.next_scanline + n < height) {
            /* libjpeg never writes through its input rows; the cast drops const only
             * because JSAMPROW is not const. */
            rows[n] = (JSAMPROW)(rgb + (size_t)(e->cinfo.next_scanline + n) * stride);
            n++;
        }
        jpeg_write_scanlines(&e->cinfo, rows, n);
    }
    jpeg_finish_compress(&e->cinfo);
    *out_len = e->dest.cap - e->dest.pub.free_in_buffer;
    *out = e->dest.buf;
    jpeg_destroy_compress(&e->cinfo);
    free(e);
    return 0;
}
