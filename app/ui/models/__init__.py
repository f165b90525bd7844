"""Qt item models (and the delegate that draws them). Imports only widgets."""
