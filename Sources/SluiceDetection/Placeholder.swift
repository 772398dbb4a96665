package enum _SluiceDetectionPlaceholder {}
