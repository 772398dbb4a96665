package enum _SluiceStagesPlaceholder {}
