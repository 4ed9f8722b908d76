// The system tests start Redis the way the API's unit tests do: one helper, kept next to the Redis code.
export { RunningRedis, startRedisServer } from '../../../apps/api/src/redis/throwaway-redis-server';
