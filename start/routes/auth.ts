// Portal sign-in pages are registered here.
export {}
