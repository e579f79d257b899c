// The people directory: who is who across CloudLink and Teams, and who is speaking.
export * from './person';
export * from './join';
export * from './people-snapshot';
export * from './people-directory';
export * from './identity';
