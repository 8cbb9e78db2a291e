package com.jgdj.dashboard.period;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

public record PeriodForm(Long id, Long version,
                         @Min(value = 2000, message = "年份应在2000至2100之间")
                         @Max(value = 2100, message = "年份应在2000至2100之间") int year,
                         @NotNull(message = "请选择报送期类型") PeriodKind kind,
                         @NotNull(message = "请填写报送截止日期") LocalDate deadline) {
}
