package com.jgdj.dashboard.documents.docx;

import java.util.List;
import java.util.stream.Collectors;

/** The content of an official document: its title and its blocks in order. Rendered to .docx or shown as a preview. */
public record OfficialText(String title, List<Block> blocks) {

    public OfficialText {
        blocks = List.copyOf(blocks);
    }

    /** Every line of text as it reads, tables as cells joined by tabs: what a preview and a test compare. */
    public List<String> lines() {
        return blocks.stream().flatMap(b -> b.kind() == Block.Kind.TABLE
                ? b.rows().stream().map(r -> String.join("\t", r))
                : java.util.stream.Stream.of(b.text())).collect(Collectors.toList());
    }
}
