package com.jgdj.dashboard.base;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The report upload limit ({@code dashboard.upload.max-bytes}) also bounds what the servlet container reads of a
 * multipart request (Vaadin's servlet takes this bean as its multipart configuration): a file part over the limit
 * stops the reading there, and a request only a little larger than one file is refused, instead of the container
 * taking in a 60 MB body before the upload handler's own check sees it. Parts go to temporary files, which the
 * container deletes after the request; nothing is held in memory.
 */
@Configuration
class UploadLimitConfiguration {

    /** Room for the multipart headers around one file. */
    static final long REQUEST_OVERHEAD = 64 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(@Value("${dashboard.upload.max-bytes:10485760}") long maxBytes) {
        return new MultipartConfigElement("", maxBytes, maxBytes + REQUEST_OVERHEAD, 0);
    }
}
