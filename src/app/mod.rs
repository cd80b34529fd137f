//! The Yew app. (being written)
