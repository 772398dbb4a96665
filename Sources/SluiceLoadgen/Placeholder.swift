package enum _SluiceLoadgenPlaceholder {}
