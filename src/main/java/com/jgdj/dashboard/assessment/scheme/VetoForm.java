package com.jgdj.dashboard.assessment.scheme;

import com.jgdj.dashboard.assessment.grading.VetoEffect;

/** A veto condition as edited; {@code id} null for a new one. */
public record VetoForm(Long id, String name, VetoEffect effect) {
}
