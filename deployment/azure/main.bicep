// The bot on Azure: a Linux App Service (Node 20 LTS) running `npm start`, an Azure Bot with the
// Teams channel pointing at it, and a Storage account whose blob container keeps the bot's state.
// Deploy:  az deployment group create -g <group> -f deployment/azure/main.bicep -p @main.parameters.json
// Every app setting below is one of .env.sample (a unit test keeps the two lists together).

targetScope = 'resourceGroup'

// --- Naming and sizing -------------------------------------------------------------------------

@description('Name of the web app; the bot is then served at https://<appName>.azurewebsites.net/api/messages. Globally unique, 2-60 letters, digits and hyphens.')
@minLength(2)
@maxLength(60)
param appName string = 'pbx-rooms-${uniqueString(resourceGroup().id)}'

@description('Azure region of the web app and the storage account (the Azure Bot itself is global).')
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

@description('MicrosoftAppPassword: a client secret of that app registration. Leave empty with UserAssignedMSI.')
@secure()
param microsoftAppPassword string = ''

@description('MicrosoftAppTenantId: Entra tenant of the app registration (SingleTenant and UserAssignedMSI).')
param microsoftAppTenantId string = tenant().tenantId

@description('ALLOWED_TENANT_IDS: comma-separated Entra tenant ids whose users may use the bot.')
param allowedTenantIds string = tenant().tenantId

// --- Organisation and server -------------------------------------------------------------------

@description('ORGANIZATION_TIME_ZONE: IANA time zone for users whose Teams client sends none, e.g. Europe/Paris.')
param organizationTimeZone string

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

@description('CLOUDLINK_CLIENT_SECRET: client secret of the CloudLink application.')
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

@description('CRONOFY_CLIENT_SECRET: client secret of the Cronofy application.')
@secure()
param cronofyClientSecret string

@description('CRONOFY_REFRESH_TOKEN: refresh token of the Enterprise Connect service account authorised for the room calendars.')
@secure()
param cronofyRefreshToken string

// --- Microsoft Graph ---------------------------------------------------------------------------

@description('GRAPH_BASE_URL: Microsoft Graph endpoint.')
param graphBaseUrl string = 'https://graph.microsoft.com/v1.0'

@description('GRAPH_LOGIN_URL: Entra sign-in endpoint.')
param graphLoginUrl string = 'https://login.microsoftonline.com'

@description('GRAPH_TENANT_ID: the organisation\'s Entra tenant id.')
param graphTenantId string = tenant().tenantId

@description('GRAPH_CLIENT_ID: client id of the app registration with the bot\'s Graph application permissions.')
param graphClientId string

@description('GRAPH_CLIENT_SECRET: a client secret of that app registration.')
@secure()
param graphClientSecret string

@description('PRESENCE_APP_ID: application (client) id of the CloudLink presence integration\'s app registration.')
param presenceAppId string

@description('ADMIN_GROUP_ID: object id of the Entra group whose members may use admin commands ("sync status").')
param adminGroupId string

// --- Storage -----------------------------------------------------------------------------------

@description('AZURE_STORAGE_CONTAINER: blob container of the bot state.')
param storageContainerName string = 'bot-state'

// -----------------------------------------------------------------------------------------------

var useManagedIdentity = microsoftAppType == 'UserAssignedMSI'

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

resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (useManagedIdentity) {
  name: '${appName}-identity'
  location: location
}

var botAppId = useManagedIdentity ? botIdentity.properties.clientId : microsoftAppId
var botTenantId = microsoftAppType == 'MultiTenant' ? '' : microsoftAppTenantId
var storageConnectionString = 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'

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
  identity: useManagedIdentity
    ? {
        type: 'UserAssigned'
        userAssignedIdentities: {
          '${botIdentity.id}': {}
        }
      }
    : null
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'npm start'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        // App Service's own: build (npm install) when a zip of the sources is deployed.
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' }
        // PORT is set by App Service; HOST defaults to 0.0.0.0 with real services.
        { name: 'MicrosoftAppId', value: botAppId }
        // The bot's public base URL: the App Service's default host name.
        { name: 'PUBLIC_URL', value: 'https://${appName}.azurewebsites.net' }
        { name: 'MicrosoftAppPassword', value: useManagedIdentity ? '' : microsoftAppPassword }
        { name: 'MicrosoftAppType', value: microsoftAppType }
        { name: 'MicrosoftAppTenantId', value: botTenantId }
        { name: 'ALLOWED_TENANT_IDS', value: allowedTenantIds }
        { name: 'ORGANIZATION_TIME_ZONE', value: organizationTimeZone }
        { name: 'LOG_LEVEL', value: logLevel }
        { name: 'MAX_BODY_BYTES', value: string(maxBodyBytes) }
        { name: 'UPSTREAM_TIMEOUT_MS', value: string(upstreamTimeoutMs) }
        { name: 'UPSTREAM_CIRCUIT_FAILURES', value: string(upstreamCircuitFailures) }
        { name: 'UPSTREAM_CIRCUIT_COOLDOWN_MS', value: string(upstreamCircuitCooldownMs) }
        { name: 'DIRECTORY_TTL_SECONDS', value: string(directoryTtlSeconds) }
        { name: 'MEMBER_CACHE_SECONDS', value: string(memberCacheSeconds) }
        { name: 'SYNC_STATUS_MAX_AGE_SECONDS', value: string(syncStatusMaxAgeSeconds) }
        { name: 'CLOUDLINK_BASE_URL', value: cloudlinkBaseUrl }
        { name: 'CLOUDLINK_CLIENT_ID', value: cloudlinkClientId }
        { name: 'CLOUDLINK_CLIENT_SECRET', value: cloudlinkClientSecret }
        { name: 'CLOUDLINK_ACCOUNT_ID', value: cloudlinkAccountId }
        { name: 'CLOUDLINK_APP_NAME', value: cloudlinkAppName }
        { name: 'CRONOFY_BASE_URL', value: cronofyBaseUrl }
        { name: 'CRONOFY_CLIENT_ID', value: cronofyClientId }
        { name: 'CRONOFY_CLIENT_SECRET', value: cronofyClientSecret }
        { name: 'CRONOFY_REFRESH_TOKEN', value: cronofyRefreshToken }
        { name: 'GRAPH_BASE_URL', value: graphBaseUrl }
        { name: 'GRAPH_LOGIN_URL', value: graphLoginUrl }
        { name: 'GRAPH_TENANT_ID', value: graphTenantId }
        { name: 'GRAPH_CLIENT_ID', value: graphClientId }
        { name: 'GRAPH_CLIENT_SECRET', value: graphClientSecret }
        { name: 'PRESENCE_APP_ID', value: presenceAppId }
        { name: 'ADMIN_GROUP_ID', value: adminGroupId }
        { name: 'STORAGE', value: 'blob' }
        { name: 'AZURE_STORAGE_CONNECTION_STRING', value: storageConnectionString }
        { name: 'AZURE_STORAGE_CONTAINER', value: stateContainer.name }
      ]
    }
  }
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
