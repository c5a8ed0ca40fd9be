import 'reflect-metadata';
import { createApp } from './bootstrap';
import { InvalidConfigError, parseEnv } from './core/config/env';

async function main() {
  let env;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    if (error instanceof InvalidConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(env);
  await app.listen(env.PORT, '0.0.0.0');
  console.log(JSON.stringify({ level: 30, msg: `API prête sur http://127.0.0.1:${env.PORT}/graphql` }));
}

void main();
