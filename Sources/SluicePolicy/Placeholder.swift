package enum _SluicePolicyPlaceholder {}
