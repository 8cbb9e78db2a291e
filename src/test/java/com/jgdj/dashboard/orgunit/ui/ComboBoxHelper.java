package com.jgdj.dashboard.orgunit.ui;

import com.vaadin.flow.component.combobox.ComboBox;

final class ComboBoxHelper {

    private ComboBoxHelper() {
    }

    /** Selects the in-memory item whose label is {@code label}. */
    static <T> void select(ComboBox<T> box, String label) {
        T item = box.getListDataView().getItems().filter(i -> box.getItemLabelGenerator().apply(i).equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("No item " + label));
        box.setValue(item);
    }
}
