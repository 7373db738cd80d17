//! Dates and times in English, French and Spanish (placeholder until the module lands).
