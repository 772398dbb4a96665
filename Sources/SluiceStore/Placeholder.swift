package enum _SluiceStorePlaceholder {}
