import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';

type AuthenticateRequestResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;
type ConnectorFactory = NonNullable<AuthenticateRequestResult['connectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type ClaimsIdentity = AuthenticateRequestResult['claimsIdentity'];
type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;

/** Most clients kept; more distinct service URLs than this (unusual) evict the least recently used. */
export const MAX_CACHED_CLIENTS = 64;

/**
 * botbuilder's authentication with one change: the ConnectorClient and UserTokenClient that `CloudAdapter`
 * builds for every turn — each an HTTP client with its own request pipeline, about a third of a plain echo
 * bot's CPU time per turn (see README, Performance) — are built once per app id, service URL and audience
 * and then reused, as botbuilder's older BotFrameworkAdapter did. Every request is still authenticated
 * first (a missing or bad token is rejected as before); only the outbound clients are shared, and they hold
 * nothing of a turn, only the bot's own credentials, which refresh their token themselves.
 */
export class ReusingBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new LruCache<Promise<ConnectorClient>>(MAX_CACHED_CLIENTS);
  private readonly tokenClients = new LruCache<Promise<UserTokenClient>>(MAX_CACHED_CLIENTS);

  /** @inheritdoc */
  override async authenticateRequest(...args: Parameters<ConfigurationBotFrameworkAuthentication['authenticateRequest']>): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(...args);
    const factory = result.connectorFactory;
    if (!factory) return result;
    const appId = appIdOf(result.claimsIdentity);
    const reusing = {
      create: (serviceUrl: string, audience?: string) => this.connectors.get(`${appId}\n${serviceUrl}\n${audience ?? ''}`, () => factory.create(serviceUrl, audience)),
    } as ConnectorFactory;
    return { ...result, connectorFactory: reusing };
  }

  /** @inheritdoc */
  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.tokenClients.get(appIdOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }
}

// The app id the outbound clients are built for, read as botbuilder reads it: the audience of a channel's
// token, the appid claim of the Emulator's; empty when unauthenticated.
function appIdOf(identity: ClaimsIdentity): string {
  return identity.getClaimValue('aud') ?? identity.getClaimValue('appid') ?? '';
}

/** A small least-recently-used map of promises; a rejected promise is dropped so the next call retries. */
class LruCache<V extends Promise<unknown>> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string, make: () => V): V {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const made = make();
    made.catch(() => {
      if (this.entries.get(key) === made) this.entries.delete(key);
    });
    this.entries.set(key, made);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return made;
  }
}

