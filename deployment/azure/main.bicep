// The bot on Azure: a Linux App Service (Node 24 LTS) running the compiled bot
// (`node dist/bot/index.js`, built by Oryx during deployment), an Azure Bot with the Teams channel
// pointing at it, a Key Vault holding every secret the bot reads (the app settings only reference
// it), a Storage account reached with the web app's managed identity (no account key anywhere),
// and Application Insights on a Log Analytics workspace.
// Deploy:  az deployment group create -g <group> -f deployment/azure/main.bicep -p @main.parameters.json
// Every app setting below is one of .env.sample, or one of the few Azure-only ones that
// tests/unit/deployment/azure.spec.ts lists (AZURE_ONLY); that test keeps the lists together.

targetScope = 'resourceGroup'

// --- Naming and sizing -------------------------------------------------------------------------

@description('Name of the web app; the bot is then served at https://<appName>.azurewebsites.net/api/messages. Globally unique, 2-60 letters, digits and hyphens.')
@minLength(2)
@maxLength(60)
param appName string = 'pbx-rooms-${uniqueString(resourceGroup().id)}'

@description('Azure region of the web app, the vault, the storage account and the monitoring resources (the Azure Bot itself is global).')
param location string = resourceGroup().location

@description('App Service plan size. Always On needs Basic (B1) or higher.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServicePlanSku string = 'B1'

@description('Azure Bot pricing tier: F0 is free for standard channels such as Teams.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Name of the bot shown in the Azure portal and in Bot Service.')
@maxLength(42)
param botDisplayName string = 'Phone & Rooms'

@description('Name of the Storage account (3-24 lowercase letters and digits, globally unique).')
@minLength(3)
@maxLength(24)
param storageAccountName string = 'st${uniqueString(resourceGroup().id, appName)}'

@description('Name of the Key Vault holding the bot\'s secrets (3-24 letters, digits and hyphens, globally unique). Purge protection is on: a deleted vault keeps its name for 90 days.')
@minLength(3)
@maxLength(24)
param keyVaultName string = 'kv-${uniqueString(resourceGroup().id, appName)}'

@description('Days the Log Analytics workspace keeps the bot\'s telemetry.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

// --- Bot identity (app registration) -----------------------------------------------------------

@description('MicrosoftAppType: SingleTenant (recommended; new multi-tenant bots can no longer be created), MultiTenant (existing registrations only) or UserAssignedMSI (a managed identity created here; no secret).')
@allowed([
  'SingleTenant'
  'MultiTenant'
  'UserAssignedMSI'
])
param microsoftAppType string = 'SingleTenant'

@description('MicrosoftAppId: application (client) id of the bot\'s Entra app registration. Leave empty with UserAssignedMSI.')
param microsoftAppId string = ''

@description('MicrosoftAppPassword: a client secret of that app registration (stored in Key Vault). Leave empty with UserAssignedMSI.')
@secure()
param microsoftAppPassword string = ''

@description('MicrosoftAppTenantId: Entra tenant of the app registration (SingleTenant and UserAssignedMSI).')
param microsoftAppTenantId string = tenant().tenantId

@description('ALLOWED_TENANT_IDS: comma-separated Entra tenant ids whose users may use the bot.')
param allowedTenantIds string = tenant().tenantId

@description('ALLOWED_SERVICE_URLS: where the bot may reply (host names, *.domain wildcards or https URL prefixes); empty = the Teams hosts of Microsoft\'s clouds.')
param allowedServiceUrls string = ''

// --- Organisation and server -------------------------------------------------------------------

@description('ORGANIZATION_TIME_ZONE: IANA time zone for users whose Teams client sends none, e.g. Europe/Paris.')
param organizationTimeZone string

@description('PBX_TYPE: the PBX behind the CloudLink gateway (MiVoice Office 400, MiVoice 5000, MiVoice MX-ONE or MiVoice Business); no CloudLink API names it. Empty: the PBX capacity is not checked.')
param pbxType string = ''

@description('LOG_LEVEL: debug, info, warn or error.')
@allowed([
  'debug'
  'info'
  'warn'
  'error'
])
param logLevel string = 'info'

@description('MAX_BODY_BYTES: largest request body accepted, in bytes.')
param maxBodyBytes int = 262144

@description('UPSTREAM_TIMEOUT_MS: time allowed for one upstream request, in milliseconds.')
param upstreamTimeoutMs int = 4000

@description('UPSTREAM_CIRCUIT_FAILURES: failures in a row of one upstream system after which the bot stops calling it for a while.')
param upstreamCircuitFailures int = 5

@description('UPSTREAM_CIRCUIT_COOLDOWN_MS: how long the bot stops calling a failing upstream system, in milliseconds.')
param upstreamCircuitCooldownMs int = 30000

@description('DIRECTORY_TTL_SECONDS: how long the people directory is kept before it is read again.')
param directoryTtlSeconds int = 300

@description('MEMBER_CACHE_SECONDS: how long what Teams said about a sender (UPN, e-mail) is kept; 0 asks on every turn.')
param memberCacheSeconds int = 600

@description('SYNC_STATUS_MAX_AGE_SECONDS: how long a complete reading of the sync sources answers "sync status" again; 0 reads on every ask.')
param syncStatusMaxAgeSeconds int = 30

// --- Mitel CloudLink ---------------------------------------------------------------------------

@description('CLOUDLINK_BASE_URL: host template; {service} is authentication, admin, media, notifications or gateway.')
param cloudlinkBaseUrl string = 'https://{service}.api.mitel.io/2017-09-01'

@description('CLOUDLINK_CLIENT_ID: client id of the CloudLink application.')
param cloudlinkClientId string

@description('CLOUDLINK_CLIENT_SECRET: client secret of the CloudLink application (stored in Key Vault).')
@secure()
param cloudlinkClientSecret string

@description('CLOUDLINK_ACCOUNT_ID: the CloudLink customer account id.')
param cloudlinkAccountId string

@description('CLOUDLINK_APP_NAME: sent as X-Mitel-App on every CloudLink request.')
param cloudlinkAppName string = 'pbx-rooms-teams-bot'

// --- Cronofy -----------------------------------------------------------------------------------

@description('CRONOFY_BASE_URL: Cronofy data centre, e.g. https://api.cronofy.com or https://api-de.cronofy.com.')
param cronofyBaseUrl string = 'https://api.cronofy.com'

@description('CRONOFY_CLIENT_ID: client id of the Cronofy application.')
param cronofyClientId string

@description('CRONOFY_CLIENT_SECRET: client secret of the Cronofy application (stored in Key Vault).')
@secure()
param cronofyClientSecret string

@description('CRONOFY_REFRESH_TOKEN: refresh token of the Enterprise Connect service account authorised for the room calendars (stored in Key Vault).')
@secure()
param cronofyRefreshToken string

// --- Microsoft Graph ---------------------------------------------------------------------------

@description('GRAPH_BASE_URL: Microsoft Graph endpoint.')
param graphBaseUrl string = 'https://graph.microsoft.com/v1.0'

@description('GRAPH_LOGIN_URL: Entra sign-in endpoint.')
param graphLoginUrl string = 'https://login.microsoftonline.com'

@description('GRAPH_TENANT_ID: the organisation\'s Entra tenant id.')
param graphTenantId string = tenant().tenantId

@description('How the bot authenticates to Microsoft Graph: secret (an app registration\'s client secret, kept in Key Vault) or managedIdentity (the web app\'s system-assigned identity, GRAPH_USE_MANAGED_IDENTITY=true; an admin grants it the Graph application permissions, see deployment/README.md).')
@allowed([
  'managedIdentity'
  'secret'
])
param graphAuth string = 'secret'

@description('GRAPH_CLIENT_ID: client id of the app registration with the bot\'s Graph application permissions (graphAuth secret).')
param graphClientId string = ''

@description('GRAPH_CLIENT_SECRET: a client secret of that app registration (graphAuth secret; stored in Key Vault).')
@secure()
param graphClientSecret string = ''

@description('PRESENCE_APP_ID: application (client) id of the CloudLink presence integration\'s app registration.')
param presenceAppId string

@description('ADMIN_GROUP_ID: object id of the Entra group whose members may use admin commands ("sync status").')
param adminGroupId string

// --- Storage -----------------------------------------------------------------------------------

@description('AZURE_STORAGE_CONTAINER: blob container of the bot state.')
param storageContainerName string = 'bot-state'

// -----------------------------------------------------------------------------------------------


var useManagedIdentity = microsoftAppType == 'UserAssignedMSI'
var graphUsesSecret = graphAuth == 'secret'

// Built-in role definitions (the same ids in every tenant).
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'
var storageBlobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b9d84ac35'

// --- Key Vault: every secret the bot reads -----------------------------------------------------

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    // Access through Azure RBAC role assignments (below), not access policies.
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!useManagedIdentity) {
  parent: vault
  name: 'microsoft-app-password'
  properties: {
    value: microsoftAppPassword
  }
}

resource cloudlinkSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'cloudlink-client-secret'
  properties: {
    value: cloudlinkClientSecret
  }
}

resource cronofySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'cronofy-client-secret'
  properties: {
    value: cronofyClientSecret
  }
}

resource cronofyRefreshTokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'cronofy-refresh-token'
  properties: {
    value: cronofyRefreshToken
  }
}

resource graphSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (graphUsesSecret) {
  parent: vault
  name: 'graph-client-secret'
  properties: {
    value: graphClientSecret
  }
}

// --- Storage: the bot state, reached with the web app's identity --------------------------------

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // Entra ID only: no account key nor SAS signed with it can reach the data.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: storageContainerName
  properties: {
    publicAccess: 'None'
  }
}

// The blob endpoint without its trailing slash, e.g. https://<account>.blob.core.windows.net.
var storageBlobEndpoint = storage.properties.primaryEndpoints.blob
var storageAccountUrl = endsWith(storageBlobEndpoint, '/')
  ? substring(storageBlobEndpoint, 0, length(storageBlobEndpoint) - 1)
  : storageBlobEndpoint

// --- Observability -----------------------------------------------------------------------------

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${appName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${appName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    IngestionMode: 'LogAnalytics'
  }
}

// --- Bot identity and web app ------------------------------------------------------------------

resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (useManagedIdentity) {
  name: '${appName}-identity'
  location: location
}

var botAppId = useManagedIdentity ? botIdentity.properties.clientId : microsoftAppId
var botTenantId = microsoftAppType == 'MultiTenant' ? '' : microsoftAppTenantId

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${appName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServicePlanSku
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  // The system-assigned identity reads the vault, the blobs and (graphAuth managedIdentity) Graph;
  // with UserAssignedMSI the bot's own identity is added next to it.
  identity: useManagedIdentity
    ? {
        type: 'SystemAssigned, UserAssigned'
        userAssignedIdentities: {
          '${botIdentity.id}': {}
        }
      }
    : {
        type: 'SystemAssigned'
      }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    // Key Vault references are resolved with the system-assigned identity.
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      // The JavaScript compiled by `npm run build` during the deployment (Oryx), not tsx.
      appCommandLine: 'node dist/bot/index.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

resource vaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, site.id, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource blobDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, site.id, storageBlobDataContributorRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributorRoleId)
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// The app settings, one per line as `NAME: value`. Set after the role assignments, so that the
// Key Vault references resolve and the blobs are reachable when the bot first starts.
resource siteSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    // App Service's own: Oryx runs `npm install` and `npm run build` when a zip of the sources is deployed.
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
    // PORT is set by App Service; HOST defaults to 0.0.0.0 with real services.
    MicrosoftAppId: botAppId
    // The bot's public base URL: the App Service's default host name.
    PUBLIC_URL: 'https://${appName}.azurewebsites.net'
    MicrosoftAppPassword: useManagedIdentity ? '' : '@Microsoft.KeyVault(SecretUri=${botPasswordSecret.properties.secretUri})'
    MicrosoftAppType: microsoftAppType
    MicrosoftAppTenantId: botTenantId
    ALLOWED_TENANT_IDS: allowedTenantIds
    ALLOWED_SERVICE_URLS: allowedServiceUrls
    ORGANIZATION_TIME_ZONE: organizationTimeZone
    PBX_TYPE: pbxType
    LOG_LEVEL: logLevel
    MAX_BODY_BYTES: string(maxBodyBytes)
    UPSTREAM_TIMEOUT_MS: string(upstreamTimeoutMs)
    UPSTREAM_CIRCUIT_FAILURES: string(upstreamCircuitFailures)
    UPSTREAM_CIRCUIT_COOLDOWN_MS: string(upstreamCircuitCooldownMs)
    DIRECTORY_TTL_SECONDS: string(directoryTtlSeconds)
    MEMBER_CACHE_SECONDS: string(memberCacheSeconds)
    SYNC_STATUS_MAX_AGE_SECONDS: string(syncStatusMaxAgeSeconds)
    CLOUDLINK_BASE_URL: cloudlinkBaseUrl
    CLOUDLINK_CLIENT_ID: cloudlinkClientId
    CLOUDLINK_CLIENT_SECRET: '@Microsoft.KeyVault(SecretUri=${cloudlinkSecret.properties.secretUri})'
    CLOUDLINK_ACCOUNT_ID: cloudlinkAccountId
    CLOUDLINK_APP_NAME: cloudlinkAppName
    CRONOFY_BASE_URL: cronofyBaseUrl
    CRONOFY_CLIENT_ID: cronofyClientId
    CRONOFY_CLIENT_SECRET: '@Microsoft.KeyVault(SecretUri=${cronofySecret.properties.secretUri})'
    CRONOFY_REFRESH_TOKEN: '@Microsoft.KeyVault(SecretUri=${cronofyRefreshTokenSecret.properties.secretUri})'
    GRAPH_BASE_URL: graphBaseUrl
    GRAPH_LOGIN_URL: graphLoginUrl
    GRAPH_TENANT_ID: graphTenantId
    GRAPH_CLIENT_ID: graphClientId
    GRAPH_CLIENT_SECRET: graphUsesSecret ? '@Microsoft.KeyVault(SecretUri=${graphSecret.properties.secretUri})' : ''
    GRAPH_USE_MANAGED_IDENTITY: graphUsesSecret ? 'false' : 'true'
    PRESENCE_APP_ID: presenceAppId
    ADMIN_GROUP_ID: adminGroupId
    STORAGE: 'blob'
    AZURE_STORAGE_ACCOUNT_URL: storageAccountUrl
    AZURE_STORAGE_CONTAINER: stateContainer.name
    // Present: the bot exports its OpenTelemetry traces, metrics and logs to Application Insights.
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
  }
  dependsOn: [
    vaultSecretsUser
    blobDataContributor
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: appName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: microsoftAppType
    msaAppTenantId: botTenantId
    msaAppMSIResourceId: useManagedIdentity ? botIdentity.id : ''
    publicNetworkAccess: 'Enabled'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('Host name to put in BOT_DOMAIN for `npm run package`.')
output botDomain string = site.properties.defaultHostName

@description('The messaging endpoint registered on the Azure Bot.')
output messagingEndpoint string = bot.properties.endpoint

@description('The bot\'s Microsoft App ID (MicrosoftAppId for `npm run package`).')
output microsoftAppId string = botAppId

@description('Name of the Key Vault holding the bot\'s secrets (rotate a secret: add a new version there, then restart the web app).')
output keyVaultName string = vault.name

@description('Object (principal) id of the web app\'s system-assigned managed identity: grant it the Graph application permissions with graphAuth managedIdentity.')
output webAppPrincipalId string = site.identity.principalId

@description('Name of the Application Insights component receiving the bot\'s telemetry.')
output appInsightsName string = appInsights.name
