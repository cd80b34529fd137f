//! Speaker attribution. (placeholder: being written)
