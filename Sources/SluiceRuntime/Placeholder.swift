package enum _SluiceRuntimePlaceholder {}
