// /api/v1/auth/* is registered here.
export {}
