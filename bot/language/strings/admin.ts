import { defineStrings } from './define';

/** Strings of "sync status" and problem reports. */
export const adminStrings = defineStrings({
  en: {
    'admin.title': 'Sync status',
    'admin.checkedAt': "Checked {at}, from CloudLink, Microsoft 365 and the bot's identity map",
    'admin.summary.healthy': 'Healthy: user sync, presence sync and the PBX link all check out',
    'admin.summary.one': '{count} problem',
    'admin.summary.other': '{count} problems',
    'admin.summary.line': '{head}: {parts}',
    'admin.summary.errors': '{count} to fix',
    'admin.summary.warnings': '{count} to watch',
    'admin.reference': 'Reference: {reference}.',
    'admin.system.bot': 'The bot',
    'admin.unknownTime': 'unknown',
    'admin.unknownPbx': 'Unknown',
    'admin.pendingTitle': 'Still working',
    'admin.pending': 'The same click is still being handled. Press Refresh in a moment to see the result.',
    'admin.section.userSync': 'User sync (Teams ↔ phone system)',
    'admin.section.people': 'Who will not sync ({count})',
    'admin.section.peopleIntro': 'The first {shown}, most urgent first.',
    'admin.section.presence': 'Presence integration (CloudLink → Teams)',
    'admin.section.presenceIntro': 'The five checks of FAQ 20, in order.',
    'admin.section.pbx': 'Gateway and PBX',
    'admin.section.reports': 'Problem reports',
    'admin.fact.pbxType': 'PBX',
    'admin.figure.licensesAvailable': 'Licences available',
    'admin.figure.licensesTotal': 'Licences total',
    'admin.figure.newToSync': 'New matching addresses to sync',
    'admin.figure.missingToRemove': 'Missing addresses to remove',
    'admin.figure.totalAfterSync': 'Total users after the sync',
    'admin.figure.syncMode': 'Sync mode',
    'admin.check.unreadable': '{what}: could not be checked',
    'admin.fix.unreadable':
      "Press Refresh in a minute. If it keeps failing, check the bot's connection settings.",
    'admin.name.userSync': 'User sync',
    'admin.name.appRegistered': 'App registration',
    'admin.name.adminConsent': 'Admin consent',
    'admin.name.gateway': 'Gateway',
    'admin.name.capacityUsers': 'PBX capacity',
    'admin.check.licences.ok': 'Teams Phone licences: {available} of {total} available',
    'admin.check.licences.short':
      'Not enough Teams Phone licences for the new people to sync: {short} missing ({needed} needed, {available} available)',
    'admin.fix.licences.short':
      'Buy Teams Phone licences, or free some in the Microsoft 365 admin center from people who no longer need Teams calling.',
    'admin.check.lastSync.ok': 'Identity map last applied {at}',
    'admin.check.lastSync.never': 'The identity map has not been applied yet',
    'admin.fix.lastSync.never': 'Press Sync now to run the first one.',
    'admin.check.pending.none': 'Nothing is waiting for a sync',
    'admin.check.pending.waiting': 'Waiting for a sync: {add} to add, {remove} to remove',
    'admin.fix.pending.waiting': 'Press Sync now to apply them.',
    'admin.check.matching.ok': 'Everyone present in both systems matches — matched: {count}',
    'admin.check.duplicateAddress.found': 'Users sharing an address with someone else: {count}',
    'admin.fix.duplicateAddress.found':
      'An address held by several users matches nobody: give each user an address of their own, in CloudLink and in Entra ID.',
    'admin.check.emailMismatch.found':
      'People whose CloudLink e-mail differs from their Teams address (UPN): {count}',
    'admin.fix.emailMismatch.found':
      'The CloudLink e-mail must equal the user principal name or the primary e-mail in Entra ID (FAQ 9 and 10): correct it in CloudLink, or map the two addresses (the Map button on each).',
    'admin.check.notMapped.found': 'People without a mapping (manual sync): {count}',
    'admin.fix.notMapped.found':
      'In manual sync only mappings match: add one for each person (the Map button on each).',
    'admin.check.noCloudLinkRole.found': 'People without the CloudLink role the PBX needs: {count}',
    'admin.fix.noCloudLinkRole.found':
      'Assign the role in the PBX web admin or PBX Manager: CTI on MiVoice 5000, User on MX-ONE (1,000 at most). Without it the gateway does not monitor them: no presence in Teams, no call log.',
    'admin.check.noTeamsPhoneLicense.found': 'People without a Teams Phone licence: {count}',
    'admin.fix.noTeamsPhoneLicense.found':
      'Assign Teams Phone Standard (or Office 365 E5) in the Microsoft 365 admin center.',
    'admin.check.cloudLinkOnly.found': 'People in the phone system only (no Teams account): {count}',
    'admin.fix.cloudLinkOnly.found':
      'Nothing to do unless they should use Teams: then create their account with the same address.',
    'admin.check.teamsOnly.found': 'People in Teams only (not in the phone system): {count}',
    'admin.fix.teamsOnly.found': 'Nothing to do unless they need a phone: then add them in CloudLink.',
    'admin.check.appRegistered.ok': 'App registered with its permissions ({app})',
    'admin.check.appRegistered.missing': 'The presence app is not registered in Entra ID',
    'admin.fix.appRegistered.missing':
      'Register it (Entra ID › App registrations) with the Microsoft Graph application permissions Presence.ReadWrite.All and User.Read.All.',
    'admin.check.appRegistered.permissions': 'The app lacks permissions: {missing}',
    'admin.fix.appRegistered.permissions':
      'Add the Microsoft Graph application permissions {missing} (App registrations › {app} › API permissions).',
    'admin.check.adminConsent.ok': 'A global administrator consented to the app',
    'admin.check.adminConsent.missing': 'Admin consent missing for: {missing}',
    'admin.fix.adminConsent.missing':
      'A global administrator must grant admin consent (App registrations › API permissions › Grant admin consent) — FAQ 18.',
    'admin.check.adminConsent.blocked': 'Admin consent: register the app first',
    'admin.check.clientSecret.ok': 'Client secret valid until {expires} — days left: {days}',
    'admin.check.clientSecret.never': 'Client secret valid, with no expiry date',
    'admin.check.clientSecret.expiresSoon': 'Client secret expires on {expires} — days left: {days}',
    'admin.fix.clientSecret.expiresSoon':
      'Create a new secret now (App registrations › Certificates & secrets) and enter it in the CloudLink integration before this one expires (FAQ 17).',
    'admin.check.clientSecret.expired': 'Client secret expired on {expires}',
    'admin.fix.clientSecret.expired':
      'Presence sync has stopped: create a new secret (App registrations › Certificates & secrets) and enter it in the CloudLink integration (FAQ 17).',
    'admin.check.clientSecret.none': 'The app has no client secret',
    'admin.fix.clientSecret.none':
      'Create one (App registrations › Certificates & secrets) and enter it in the CloudLink integration.',
    'admin.check.clientSecret.blocked': 'Client secret: register the app first',
    'admin.check.clientSecret.waiting': 'Client secret: checked once the app registration can be read',
    'admin.check.gateway.online':
      'Gateway answering (inferred from the phone lines: {answered} of {probed} read, {monitored} monitored)',
    'admin.check.gateway.offline':
      'Gateway not answering (inferred: none of the {probed} phone lines read answered in time)',
    'admin.fix.gateway.offline':
      "Check the CloudLink Gateway's power and network, then its state in the CloudLink Account Console. Until it is back: no presence from the PBX, no calls from Teams, no call log.",
    'admin.check.gateway.unknown':
      'Gateway state unknown (inferred from the phone lines: none could be read, {probed} asked)',
    'admin.fix.gateway.unknown': 'No API reports the gateway: check it in the CloudLink Account Console.',
    'admin.check.capacityUsers.ok': 'Users the gateway monitors: {count} of {max} ({percent})',
    'admin.check.capacityUsers.warning':
      'Users the gateway monitors: {count} of {max} ({percent}), close to the limit',
    'admin.fix.capacityUsers.warning':
      'Above 80 % of what this PBX supports on CloudLink ({max} users): plan before adding more.',
    'admin.check.capacityUsers.error':
      'Users the gateway monitors: {count} of {max} ({percent}), over the limit',
    'admin.fix.capacityUsers.error':
      'This PBX supports at most {max} users on CloudLink: remove users or move to a larger PBX.',
    'admin.check.capacityUsers.unknownPbx': 'PBX capacity: the PBX type is not configured (PBX_TYPE)',
    'admin.check.capacityRoles.ok': 'Monitored users (CloudLink role): {count} of {max} ({percent})',
    'admin.check.capacityRoles.warning':
      'Monitored users (CloudLink role): {count} of {max} ({percent}), close to the limit',
    'admin.fix.capacityRoles.warning':
      'At most {max} users may have a CloudLink role on this PBX: plan before giving more roles.',
    'admin.check.capacityRoles.error':
      'Monitored users (CloudLink role): {count} of {max} ({percent}), over the limit',
    'admin.fix.capacityRoles.error':
      'At most {max} users may have a CloudLink role on this PBX: remove the role from people who need neither presence nor call log.',
    'admin.fact.cloudLinkEmail': 'CloudLink e-mail',
    'admin.fact.teamsUpn': 'Teams address (UPN)',
    'admin.fact.teamsMail': 'Teams e-mail',
    'admin.fact.sharedAddress': 'Shared address',
    'admin.fact.role': 'CloudLink role',
    'admin.fact.requiredRole': 'Role the PBX needs',
    'admin.fact.connector': 'Connector',
    'admin.connector.willBeRemoved': 'synced now; removed at the next sync',
    'admin.role.none': 'none',
    'admin.role.any': 'CTI or User',
    'admin.reason.duplicateAddress': 'The address {address} belongs to several users, so it matches nobody',
    'admin.reason.emailMismatch': 'CloudLink e-mail and Teams address differ',
    'admin.reason.notMapped': 'No mapping names this person (manual sync)',
    'admin.reason.noCloudLinkRole': 'No CloudLink role: the gateway does not monitor this person',
    'admin.reason.wrongCloudLinkRole': 'CloudLink role {role}, but the PBX needs {required}',
    'admin.reason.noTeamsPhoneLicense': 'No Teams Phone licence in Microsoft 365',
    'admin.reason.cloudLinkOnly': 'In the phone system only: no Teams account found',
    'admin.reason.teamsOnly': 'In Teams only: not in the phone system',
    'admin.personFix.duplicateAddress': 'Give each user an address of their own.',
    'admin.personFix.emailMismatch':
      'Change the CloudLink e-mail to {upn} (FAQ 9 and 10), or map {upn} to {email}.',
    'admin.personFix.notMapped': 'Map {upn} to {email}.',
    'admin.personFix.notMappedNoTeams': 'Find their Teams account and add a mapping to {email}.',
    'admin.personFix.noCloudLinkRole': 'Assign the role {required} in the PBX web admin or PBX Manager.',
    'admin.personFix.noTeamsPhoneLicense':
      'Assign Teams Phone Standard or Office 365 E5 in the Microsoft 365 admin center.',
    'admin.personFix.cloudLinkOnly':
      'If they should use Teams, create their account with the address {email}.',
    'admin.personFix.teamsOnly': 'If they need a phone, add them in CloudLink with the address {upn}.',
    'admin.action.syncNow': 'Sync now',
    'admin.action.refresh': 'Refresh',
    'admin.action.map': 'Map these addresses',
    'admin.action.seeAll': 'See all {count}',
    'admin.action.previous': 'Previous',
    'admin.action.next': 'Next',
    'admin.action.back': 'Back to the status',
    'admin.action.read': 'Read',
    'admin.action.resolve': 'Mark resolved',
    'admin.banner.mapped':
      'Mapping added for {name}: {upn} ↔ {email}. The accounts now match; Sync now applies it.',
    'admin.banner.mappedNoMatch':
      'Mapping saved for {name} ({upn} ↔ {email}), but the accounts do not match yet. Refresh in a minute.',
    'admin.banner.mapGone':
      'That person is no longer in the phone system or in Teams: here is the status as it is now.',
    'admin.people.title': 'Who will not sync',
    'admin.people.subtitle': 'Page {page} of {pages} · {count} in all',
    'admin.people.empty': 'Nobody: everyone in both systems matches.',
    'admin.reports.none': 'No open reports.',
    'admin.reports.count': '{count} open, newest first.',
    'admin.reports.someShown': '{count} open; the {shown} newest:',
    'admin.reports.line': '{name}, {at}',
    'admin.report.title': 'Report a problem',
    'admin.report.intro': 'Tell the administrators what went wrong. You will get a reference to quote.',
    'admin.report.categoryLabel': 'What went wrong?',
    'admin.report.categoryError': 'Choose what went wrong.',
    'admin.report.category.calls': 'Calling someone',
    'admin.report.category.presence': "Someone's presence (available, busy…)",
    'admin.report.category.callLog': 'My call history',
    'admin.report.category.directory': 'Finding a colleague',
    'admin.report.category.rooms': 'Booking a room',
    'admin.report.category.sync': 'My Teams and phone accounts',
    'admin.report.category.signIn': 'The bot does not recognise me',
    'admin.report.category.other': 'Something else',
    'admin.report.detailsLabel': 'Details (optional)',
    'admin.report.detailsPlaceholder': 'What did you do, what happened, when?',
    'admin.report.privacy':
      'Sent with it: the time, outcome and references of your last {count} requests — not what you typed. Phone numbers and e-mail addresses are masked.',
    'admin.report.submit': 'Send the report',
    'admin.report.missingCategory': 'Choose what went wrong, then send again.',
    'admin.report.filedTitle': 'Thank you, your report is filed',
    'admin.report.filedMessage':
      'Its reference is {reference}: quote it if you contact the administrators. They see it with the diagnostics of your recent requests.',
    'admin.report.filedHint': 'No message you typed to the bot was sent with it.',
    'admin.report.reference': 'Reference',
    'admin.report.pendingTitle': 'Filing your report',
    'admin.report.pending':
      'Your report is being filed; send the form again in a moment to see its reference.',
    'admin.report.unknownReporter': 'Unknown user',
    'admin.report.viewTitle': 'Problem report {reference}',
    'admin.report.statusOpen': 'Open',
    'admin.report.statusResolved': 'Resolved by {name}, {at}',
    'admin.report.filed': 'Filed',
    'admin.report.by': 'By',
    'admin.report.about': 'About',
    'admin.report.detailsHeading': 'Details',
    'admin.report.noDetails': '(none given)',
    'admin.report.turnsHeading': 'Their recent requests, newest first',
    'admin.report.noTurns': 'No recent requests recorded.',
    'admin.report.notFoundTitle': 'Report not found',
    'admin.report.notFound': 'There is no report {reference}.',
    'admin.figure.mappings': 'Manual mappings',
    'admin.syncMode.combined': 'Automatic by e-mail, plus manual mappings',
    'admin.name.licences': 'Licences',
    'admin.check.teamsIntegration.console':
      'Microsoft Teams integration and presence sync: not readable through CloudLink',
    'admin.fix.teamsIntegration.console':
      'CloudLink publishes no API for them: check in the CloudLink Account Console (Integrations › Microsoft Teams) that the integration is added and presence sync is on.',
    'admin.check.capacityUsers.noLines':
      'PBX capacity: no phone line could be read to count the monitored users',
    'admin.banner.mapTaken':
      'Not mapped: {upn} or {email} is already mapped ({otherUpn} ↔ {otherEmail}). Remove that mapping first.',
    'admin.banner.syncNotRun': 'Sync did not run: a source could not be read. {why}',
    'admin.banner.syncUnchanged': 'Sync applied ({at}): nothing changed — {matched}.',
    'admin.banner.syncChanged': 'Sync applied ({at}): {changes} — {matched}.',
    'admin.sync.matched.one': '{count} person matched',
    'admin.sync.matched.other': '{count} people matched',
    'admin.sync.newlyMatched.one': '{count} person newly matched',
    'admin.sync.newlyMatched.other': '{count} people newly matched',
    'admin.sync.noLongerMatched.one': '{count} no longer matched',
    'admin.sync.noLongerMatched.other': '{count} no longer matched',
    'admin.action.mappings': 'Manual mappings ({count})',
    'admin.action.unmap': 'Remove',
    'admin.action.export': 'Export as CSV',
    'admin.action.import': 'Import',
    'admin.mappings.title': 'Manual mappings',
    'admin.mappings.line': 'Teams {upn} ↔ phone system {email}',
    'admin.mappings.subtitle.one': 'Page {page} of {pages} · {count} mapping',
    'admin.mappings.subtitle.other': 'Page {page} of {pages} · {count} mappings',
    'admin.mappings.empty': 'No manual mapping: people match by e-mail alone.',
    'admin.mappings.csvHeading': 'CSV export (manual sync template)',
    'admin.mappings.importLabel': 'Import mappings: paste the manual sync CSV',
    'admin.mappings.importHint':
      'First line: {header}. Then one Teams address and one phone-system e-mail per line.',
    'admin.banner.unmapped': 'Mapping removed: {upn} ↔ {email}. Sync now applies it.',
    'admin.banner.unmapGone': 'There is no mapping {upn} ↔ {email} any more.',
    'admin.banner.importNotTemplate':
      'Nothing imported: the first line must be the template header {header}.',
    'admin.banner.imported': 'Import: {parts}.',
    'admin.import.added.one': '{count} mapping added',
    'admin.import.added.other': '{count} mappings added',
    'admin.import.unchanged.one': '{count} already there',
    'admin.import.unchanged.other': '{count} already there',
    'admin.import.refused.one': '{count} line refused ({lines})',
    'admin.import.refused.other': '{count} lines refused ({lines})',
    'admin.import.refusedLine': 'line {line}: {why}',
    'admin.import.why.notAddresses': 'not two addresses',
    'admin.import.why.taken': 'an address already mapped to someone else',
    'admin.import.why.repeated': 'repeated',
    'admin.reason.alsoLine': 'Also: {line}',
    'admin.turn.ok': 'ok',
    'admin.turn.failed': 'failed: {failures}',
  },
  fr: {
    'admin.title': 'État de la synchronisation',
    'admin.checkedAt':
      'Vérifié {at} auprès de CloudLink, de Microsoft 365 et de la table de correspondance du bot',
    'admin.summary.healthy':
      'Tout va bien : synchronisation des utilisateurs, synchronisation de la présence et liaison avec le PBX sont en ordre',
    'admin.summary.one': '{count} problème',
    'admin.summary.other': '{count} problèmes',
    'admin.summary.line': '{head} : {parts}',
    'admin.summary.errors': '{count} à corriger',
    'admin.summary.warnings': '{count} à surveiller',
    'admin.reference': 'Référence : {reference}.',
    'admin.system.bot': 'Le bot',
    'admin.unknownTime': 'inconnu',
    'admin.unknownPbx': 'Inconnu',
    'admin.pendingTitle': 'Toujours en cours',
    'admin.pending':
      'Le même clic est encore en cours de traitement. Appuyez sur Actualiser dans un instant pour voir le résultat.',
    'admin.section.userSync': 'Synchronisation des utilisateurs (Teams ↔ téléphonie)',
    'admin.section.people': 'Qui ne sera pas synchronisé ({count})',
    'admin.section.peopleIntro': "Les {shown} premiers, les plus urgents d'abord.",
    'admin.section.presence': 'Intégration de la présence (CloudLink → Teams)',
    'admin.section.presenceIntro': "Les cinq vérifications de la FAQ 20, dans l'ordre.",
    'admin.section.pbx': 'Passerelle et PBX',
    'admin.section.reports': 'Problèmes signalés',
    'admin.fact.pbxType': 'PBX',
    'admin.figure.licensesAvailable': 'Licences disponibles',
    'admin.figure.licensesTotal': 'Total des licences',
    'admin.figure.newToSync': 'Nouvelles adresses correspondantes à synchroniser',
    'admin.figure.missingToRemove': 'Adresses manquantes à retirer',
    'admin.figure.totalAfterSync': 'Total des utilisateurs après la synchronisation',
    'admin.figure.syncMode': 'Mode de synchronisation',
    'admin.check.unreadable': '{what} : vérification impossible',
    'admin.fix.unreadable':
      "Appuyez sur Actualiser dans une minute. Si l'échec persiste, vérifiez les paramètres de connexion du bot.",
    'admin.name.userSync': 'Synchronisation des utilisateurs',
    'admin.name.appRegistered': "Inscription de l'application",
    'admin.name.adminConsent': "Consentement de l'administrateur",
    'admin.name.gateway': 'Passerelle',
    'admin.name.capacityUsers': 'Capacité du PBX',
    'admin.check.licences.ok': 'Licences Teams Phone : {available} disponibles sur {total}',
    'admin.check.licences.short':
      'Pas assez de licences Teams Phone pour les nouvelles personnes à synchroniser : il en manque {short} ({needed} nécessaires, {available} disponibles)',
    'admin.fix.licences.short':
      "Achetez des licences Teams Phone, ou libérez-en dans le centre d'administration Microsoft 365 auprès de personnes qui n'ont plus besoin des appels Teams.",
    'admin.check.lastSync.ok': 'Table de correspondance appliquée pour la dernière fois {at}',
    'admin.check.lastSync.never': "La table de correspondance n'a pas encore été appliquée",
    'admin.fix.lastSync.never': 'Appuyez sur Synchroniser maintenant pour lancer la première.',
    'admin.check.pending.none': "Rien n'attend de synchronisation",
    'admin.check.pending.waiting': 'En attente de synchronisation : {add} à ajouter, {remove} à retirer',
    'admin.fix.pending.waiting': 'Appuyez sur Synchroniser maintenant pour les appliquer.',
    'admin.check.matching.ok':
      'Tous les utilisateurs présents des deux côtés correspondent — comptes associés : {count}',
    'admin.check.duplicateAddress.found':
      "Utilisateurs partageant une adresse avec quelqu'un d'autre : {count}",
    'admin.fix.duplicateAddress.found':
      'Une adresse portée par plusieurs utilisateurs ne correspond à personne : donnez à chacun sa propre adresse, dans CloudLink et dans Entra ID.',
    'admin.check.emailMismatch.found':
      "Personnes dont l'e-mail CloudLink diffère de l'adresse Teams (UPN) : {count}",
    'admin.fix.emailMismatch.found':
      "L'e-mail CloudLink doit être égal au nom d'utilisateur principal ou à l'e-mail principal dans Entra ID (FAQ 9 et 10) : corrigez-le dans CloudLink, ou faites correspondre les deux adresses (bouton Associer de chacun).",
    'admin.check.notMapped.found': 'Personnes sans correspondance (synchronisation manuelle) : {count}',
    'admin.fix.notMapped.found':
      'En synchronisation manuelle, seules les correspondances comptent : ajoutez-en une pour chaque personne (bouton Associer sur chacune).',
    'admin.check.noCloudLinkRole.found': 'Personnes sans le rôle CloudLink requis par le PBX : {count}',
    'admin.fix.noCloudLinkRole.found':
      "Attribuez le rôle dans l'administration web du PBX ou dans PBX Manager : CTI sur MiVoice 5000, Utilisateur sur MX-ONE (1 000 au maximum). Sans lui, la passerelle ne les surveille pas : ni présence dans Teams, ni journal des appels.",
    'admin.check.noTeamsPhoneLicense.found': 'Personnes sans licence Teams Phone : {count}',
    'admin.fix.noTeamsPhoneLicense.found':
      "Attribuez Teams Phone Standard (ou Office 365 E5) dans le centre d'administration Microsoft 365.",
    'admin.check.cloudLinkOnly.found':
      'Personnes uniquement dans la téléphonie (pas de compte Teams) : {count}',
    'admin.fix.cloudLinkOnly.found':
      "Rien à faire, sauf s'ils doivent utiliser Teams : créez alors leur compte avec la même adresse.",
    'admin.check.teamsOnly.found': 'Personnes uniquement dans Teams (absentes de la téléphonie) : {count}',
    'admin.fix.teamsOnly.found':
      "Rien à faire, sauf s'ils ont besoin d'un téléphone : ajoutez-les alors dans CloudLink.",
    'admin.check.appRegistered.ok': 'Application inscrite avec ses autorisations ({app})',
    'admin.check.appRegistered.missing': "L'application de présence n'est pas inscrite dans Entra ID",
    'admin.fix.appRegistered.missing':
      "Inscrivez-la (Entra ID › Inscriptions d'applications) avec les autorisations d'application Microsoft Graph Presence.ReadWrite.All et User.Read.All.",
    'admin.check.appRegistered.permissions': "Il manque des autorisations à l'application : {missing}",
    'admin.fix.appRegistered.permissions':
      "Ajoutez les autorisations d'application Microsoft Graph {missing} (Inscriptions d'applications › {app} › Autorisations d'API).",
    'admin.check.adminConsent.ok': "Un administrateur global a donné son consentement à l'application",
    'admin.check.adminConsent.missing': "Consentement de l'administrateur manquant pour : {missing}",
    'admin.fix.adminConsent.missing':
      "Un administrateur global doit accorder son consentement (Inscriptions d'applications › Autorisations d'API › Accorder le consentement de l'administrateur) — FAQ 18.",
    'admin.check.adminConsent.blocked': "Consentement : inscrivez d'abord l'application",
    'admin.check.clientSecret.ok': "Secret client valide jusqu'au {expires} — jours restants : {days}",
    'admin.check.clientSecret.never': "Secret client valide, sans date d'expiration",
    'admin.check.clientSecret.expiresSoon': 'Le secret client expire le {expires} — jours restants : {days}',
    'admin.fix.clientSecret.expiresSoon':
      "Créez dès maintenant un nouveau secret (Inscriptions d'applications › Certificats et secrets) et saisissez-le dans l'intégration CloudLink avant l'expiration de celui-ci (FAQ 17).",
    'admin.check.clientSecret.expired': 'Le secret client a expiré le {expires}',
    'admin.fix.clientSecret.expired':
      "La synchronisation de la présence est arrêtée : créez un nouveau secret (Inscriptions d'applications › Certificats et secrets) et saisissez-le dans l'intégration CloudLink (FAQ 17).",
    'admin.check.clientSecret.none': "L'application n'a aucun secret client",
    'admin.fix.clientSecret.none':
      "Créez-en un (Inscriptions d'applications › Certificats et secrets) et saisissez-le dans l'intégration CloudLink.",
    'admin.check.clientSecret.blocked': "Secret client : inscrivez d'abord l'application",
    'admin.check.clientSecret.waiting':
      "Secret client : vérifié dès que l'inscription de l'application pourra être lue",
    'admin.check.gateway.online':
      'La passerelle répond (déduit des lignes téléphoniques : {answered} lues sur {probed}, {monitored} suivies)',
    'admin.check.gateway.offline':
      "La passerelle ne répond pas (déduit : aucune des {probed} lignes téléphoniques n'a répondu à temps)",
    'admin.fix.gateway.offline':
      "Vérifiez l'alimentation et le réseau de la CloudLink Gateway, puis son état dans la CloudLink Account Console. Tant qu'elle est coupée : pas de présence venant du PBX, pas d'appels depuis Teams, pas de journal d'appels.",
    'admin.check.gateway.unknown':
      "État de la passerelle inconnu (déduit des lignes téléphoniques : aucune n'a pu être lue, {probed} demandées)",
    'admin.fix.gateway.unknown':
      'Aucune API ne renseigne sur la passerelle : vérifiez-la dans la CloudLink Account Console.',
    'admin.check.capacityUsers.ok': 'Utilisateurs suivis par la passerelle : {count} sur {max} ({percent})',
    'admin.check.capacityUsers.warning':
      'Utilisateurs suivis par la passerelle : {count} sur {max} ({percent}), proche de la limite',
    'admin.fix.capacityUsers.warning':
      "Plus de 80 % de ce que ce PBX prend en charge sur CloudLink ({max} utilisateurs) : anticipez avant d'en ajouter.",
    'admin.check.capacityUsers.error':
      'Utilisateurs suivis par la passerelle : {count} sur {max} ({percent}), au-delà de la limite',
    'admin.fix.capacityUsers.error':
      'Ce PBX prend en charge au plus {max} utilisateurs sur CloudLink : retirez des utilisateurs ou passez à un PBX plus grand.',
    'admin.check.capacityUsers.unknownPbx': "Capacité du PBX : le type de PBX n'est pas configuré (PBX_TYPE)",
    'admin.check.capacityRoles.ok': 'Utilisateurs suivis (rôle CloudLink) : {count} sur {max} ({percent})',
    'admin.check.capacityRoles.warning':
      'Utilisateurs suivis (rôle CloudLink) : {count} sur {max} ({percent}), proche de la limite',
    'admin.fix.capacityRoles.warning':
      "Au plus {max} utilisateurs peuvent avoir un rôle CloudLink sur ce PBX : anticipez avant d'en attribuer d'autres.",
    'admin.check.capacityRoles.error':
      'Utilisateurs suivis (rôle CloudLink) : {count} sur {max} ({percent}), au-delà de la limite',
    'admin.fix.capacityRoles.error':
      "Au plus {max} utilisateurs peuvent avoir un rôle CloudLink sur ce PBX : retirez le rôle aux personnes qui n'ont besoin ni de la présence ni du journal des appels.",
    'admin.fact.cloudLinkEmail': 'E-mail CloudLink',
    'admin.fact.teamsUpn': 'Adresse Teams (UPN)',
    'admin.fact.teamsMail': 'E-mail Teams',
    'admin.fact.sharedAddress': 'Adresse partagée',
    'admin.fact.role': 'Rôle CloudLink',
    'admin.fact.requiredRole': 'Rôle requis par le PBX',
    'admin.fact.connector': 'Connecteur',
    'admin.connector.willBeRemoved': 'synchronisé ; sera retiré à la prochaine synchronisation',
    'admin.role.none': 'aucun',
    'admin.role.any': 'CTI ou Utilisateur',
    'admin.reason.duplicateAddress':
      "L'adresse {address} appartient à plusieurs utilisateurs : elle ne correspond donc à personne",
    'admin.reason.emailMismatch': "L'e-mail CloudLink et l'adresse Teams diffèrent",
    'admin.reason.notMapped': 'Aucune correspondance ne cite cette personne (synchronisation manuelle)',
    'admin.reason.noCloudLinkRole': 'Aucun rôle CloudLink : la passerelle ne surveille pas cette personne',
    'admin.reason.wrongCloudLinkRole': 'Rôle CloudLink {role}, alors que le PBX exige {required}',
    'admin.reason.noTeamsPhoneLicense': 'Pas de licence Teams Phone dans Microsoft 365',
    'admin.reason.cloudLinkOnly': 'Uniquement dans la téléphonie : aucun compte Teams trouvé',
    'admin.reason.teamsOnly': 'Uniquement dans Teams : absent de la téléphonie',
    'admin.personFix.duplicateAddress': 'Donnez à chaque utilisateur sa propre adresse.',
    'admin.personFix.emailMismatch':
      "Remplacez l'e-mail CloudLink par {upn} (FAQ 9 et 10), ou associez {upn} à {email}.",
    'admin.personFix.notMapped': 'Associez {upn} à {email}.',
    'admin.personFix.notMappedNoTeams':
      'Retrouvez son compte Teams et ajoutez une correspondance vers {email}.',
    'admin.personFix.noCloudLinkRole':
      "Attribuez le rôle {required} dans l'administration web du PBX ou dans PBX Manager.",
    'admin.personFix.noTeamsPhoneLicense':
      "Attribuez Teams Phone Standard ou Office 365 E5 dans le centre d'administration Microsoft 365.",
    'admin.personFix.cloudLinkOnly':
      "S'ils doivent utiliser Teams, créez leur compte avec l'adresse {email}.",
    'admin.personFix.teamsOnly':
      "S'ils ont besoin d'un téléphone, ajoutez-les dans CloudLink avec l'adresse {upn}.",
    'admin.action.syncNow': 'Synchroniser maintenant',
    'admin.action.refresh': 'Actualiser',
    'admin.action.map': 'Associer ces adresses',
    'admin.action.seeAll': 'Voir les {count}',
    'admin.action.previous': 'Précédent',
    'admin.action.next': 'Suivant',
    'admin.action.back': "Retour à l'état",
    'admin.action.read': 'Lire',
    'admin.action.resolve': 'Marquer comme résolu',
    'admin.banner.mapped':
      'Correspondance ajoutée pour {name} : {upn} ↔ {email}. Les comptes correspondent désormais ; Synchroniser maintenant l’applique.',
    'admin.banner.mappedNoMatch':
      'Correspondance enregistrée pour {name} ({upn} ↔ {email}), mais les comptes ne correspondent pas encore. Actualisez dans une minute.',
    'admin.banner.mapGone':
      "Cette personne n'est plus dans la téléphonie ou dans Teams : voici l'état actuel.",
    'admin.people.title': 'Qui ne sera pas synchronisé',
    'admin.people.subtitle': 'Page {page} sur {pages} · {count} au total',
    'admin.people.empty': 'Personne : tous les utilisateurs présents des deux côtés correspondent.',
    'admin.reports.none': 'Aucun signalement en attente.',
    'admin.reports.count': "{count} en attente, les plus récents d'abord.",
    'admin.reports.someShown': '{count} en attente ; les {shown} plus récents :',
    'admin.reports.line': '{name}, {at}',
    'admin.report.title': 'Signaler un problème',
    'admin.report.intro':
      "Dites aux administrateurs ce qui n'a pas marché. Vous recevrez une référence à rappeler.",
    'admin.report.categoryLabel': "Qu'est-ce qui n'a pas marché ?",
    'admin.report.categoryError': "Choisissez ce qui n'a pas marché.",
    'admin.report.category.calls': "Appeler quelqu'un",
    'admin.report.category.presence': "La présence de quelqu'un (disponible, occupé…)",
    'admin.report.category.callLog': "Mon historique d'appels",
    'admin.report.category.directory': 'Trouver un collègue',
    'admin.report.category.rooms': 'Réserver une salle',
    'admin.report.category.sync': 'Mes comptes Teams et téléphonie',
    'admin.report.category.signIn': 'Le bot ne me reconnaît pas',
    'admin.report.category.other': 'Autre chose',
    'admin.report.detailsLabel': 'Détails (facultatif)',
    'admin.report.detailsPlaceholder': "Qu'avez-vous fait, que s'est-il passé, quand ?",
    'admin.report.privacy':
      "Envoyé avec : l'heure, le résultat et les références de vos {count} dernières demandes — pas ce que vous avez écrit. Les numéros de téléphone et les adresses e-mail sont masqués.",
    'admin.report.submit': 'Envoyer le signalement',
    'admin.report.missingCategory': "Choisissez ce qui n'a pas marché, puis renvoyez.",
    'admin.report.filedTitle': 'Merci, votre signalement est enregistré',
    'admin.report.filedMessage':
      'Sa référence est {reference} : rappelez-la si vous contactez les administrateurs. Ils le voient avec les diagnostics de vos dernières demandes.',
    'admin.report.filedHint': "Aucun des messages que vous avez écrits au bot n'y a été joint.",
    'admin.report.reference': 'Référence',
    'admin.report.pendingTitle': 'Enregistrement en cours',
    'admin.report.pending':
      "Votre signalement est en cours d'enregistrement ; renvoyez le formulaire dans un instant pour voir sa référence.",
    'admin.report.unknownReporter': 'Utilisateur inconnu',
    'admin.report.viewTitle': 'Signalement {reference}',
    'admin.report.statusOpen': 'En attente',
    'admin.report.statusResolved': 'Résolu par {name}, {at}',
    'admin.report.filed': 'Signalé',
    'admin.report.by': 'Par',
    'admin.report.about': 'Sujet',
    'admin.report.detailsHeading': 'Détails',
    'admin.report.noDetails': '(aucun)',
    'admin.report.turnsHeading': "Ses dernières demandes, les plus récentes d'abord",
    'admin.report.noTurns': 'Aucune demande récente enregistrée.',
    'admin.report.notFoundTitle': 'Signalement introuvable',
    'admin.report.notFound': "Il n'existe aucun signalement {reference}.",
    'admin.figure.mappings': 'Correspondances manuelles',
    'admin.syncMode.combined': 'Automatique par e-mail, plus les correspondances manuelles',
    'admin.name.licences': 'Licences',
    'admin.check.teamsIntegration.console':
      'Intégration Microsoft Teams et synchronisation de la présence : illisibles via CloudLink',
    'admin.fix.teamsIntegration.console':
      "CloudLink ne publie aucune API pour elles : vérifiez dans la CloudLink Account Console (Intégrations › Microsoft Teams) que l'intégration est ajoutée et la synchronisation de la présence activée.",
    'admin.check.capacityUsers.noLines':
      "Capacité du PBX : aucune ligne n'a pu être lue pour compter les utilisateurs suivis",
    'admin.banner.mapTaken':
      "Non associé : {upn} ou {email} a déjà une correspondance ({otherUpn} ↔ {otherEmail}). Supprimez-la d'abord.",
    'admin.banner.syncNotRun': "La synchronisation n'a pas eu lieu : une source n'a pas pu être lue. {why}",
    'admin.banner.syncUnchanged': 'Synchronisation appliquée ({at}) : rien n’a changé — {matched}.',
    'admin.banner.syncChanged': 'Synchronisation appliquée ({at}) : {changes} — {matched}.',
    'admin.sync.matched.one': '{count} personne associée',
    'admin.sync.matched.other': '{count} personnes associées',
    'admin.sync.newlyMatched.one': '{count} personne nouvellement associée',
    'admin.sync.newlyMatched.other': '{count} personnes nouvellement associées',
    'admin.sync.noLongerMatched.one': '{count} ne correspond plus',
    'admin.sync.noLongerMatched.other': '{count} ne correspondent plus',
    'admin.action.mappings': 'Correspondances manuelles ({count})',
    'admin.action.unmap': 'Supprimer',
    'admin.action.export': 'Exporter en CSV',
    'admin.action.import': 'Importer',
    'admin.mappings.title': 'Correspondances manuelles',
    'admin.mappings.line': 'Teams {upn} ↔ système téléphonique {email}',
    'admin.mappings.subtitle.one': 'Page {page} sur {pages} · {count} correspondance',
    'admin.mappings.subtitle.other': 'Page {page} sur {pages} · {count} correspondances',
    'admin.mappings.empty':
      'Aucune correspondance manuelle : les personnes sont associées par e-mail seulement.',
    'admin.mappings.csvHeading': 'Export CSV (modèle de synchronisation manuelle)',
    'admin.mappings.importLabel': 'Importer des correspondances : collez le CSV de synchronisation manuelle',
    'admin.mappings.importHint':
      'Première ligne : {header}. Puis une adresse Teams et un e-mail du système téléphonique par ligne.',
    'admin.banner.unmapped':
      'Correspondance supprimée : {upn} ↔ {email}. Synchroniser maintenant l’applique.',
    'admin.banner.unmapGone': "La correspondance {upn} ↔ {email} n'existe plus.",
    'admin.banner.importNotTemplate':
      "Rien n'a été importé : la première ligne doit être l'en-tête du modèle {header}.",
    'admin.banner.imported': 'Import : {parts}.',
    'admin.import.added.one': '{count} correspondance ajoutée',
    'admin.import.added.other': '{count} correspondances ajoutées',
    'admin.import.unchanged.one': '{count} déjà présente',
    'admin.import.unchanged.other': '{count} déjà présentes',
    'admin.import.refused.one': '{count} ligne refusée ({lines})',
    'admin.import.refused.other': '{count} lignes refusées ({lines})',
    'admin.import.refusedLine': 'ligne {line} : {why}',
    'admin.import.why.notAddresses': 'pas deux adresses',
    'admin.import.why.taken': "une adresse déjà associée à quelqu'un d'autre",
    'admin.import.why.repeated': 'en double',
    'admin.reason.alsoLine': 'Aussi : {line}',
    'admin.turn.ok': 'ok',
    'admin.turn.failed': 'échec : {failures}',
  },
  'pt-BR': {
    'admin.title': 'Status da sincronização',
    'admin.checkedAt': 'Verificado {at} no CloudLink, no Microsoft 365 e na tabela de correspondência do bot',
    'admin.summary.healthy':
      'Tudo certo: a sincronização de usuários, a de presença e a conexão com o PABX estão em ordem',
    'admin.summary.one': '{count} problema',
    'admin.summary.other': '{count} problemas',
    'admin.summary.line': '{head}: {parts}',
    'admin.summary.errors': '{count} para corrigir',
    'admin.summary.warnings': '{count} para acompanhar',
    'admin.reference': 'Referência: {reference}.',
    'admin.system.bot': 'O bot',
    'admin.unknownTime': 'desconhecido',
    'admin.unknownPbx': 'Desconhecido',
    'admin.pendingTitle': 'Ainda em andamento',
    'admin.pending':
      'O mesmo clique ainda está sendo processado. Toque em Atualizar daqui a pouco para ver o resultado.',
    'admin.section.userSync': 'Sincronização de usuários (Teams ↔ telefonia)',
    'admin.section.people': 'Quem não será sincronizado ({count})',
    'admin.section.peopleIntro': 'Os {shown} primeiros, os mais urgentes antes.',
    'admin.section.presence': 'Integração de presença (CloudLink → Teams)',
    'admin.section.presenceIntro': 'As cinco verificações da FAQ 20, na ordem.',
    'admin.section.pbx': 'Gateway e PABX',
    'admin.section.reports': 'Problemas relatados',
    'admin.fact.pbxType': 'PABX',
    'admin.figure.licensesAvailable': 'Licenças disponíveis',
    'admin.figure.licensesTotal': 'Total de licenças',
    'admin.figure.newToSync': 'Novos e-mails correspondentes a serem sincronizados',
    'admin.figure.missingToRemove': 'Usuários sem e-mails a serem removidos',
    'admin.figure.totalAfterSync': 'Total de usuários após a sincronização',
    'admin.figure.syncMode': 'Modo de sincronização',
    'admin.check.unreadable': '{what}: não foi possível verificar',
    'admin.fix.unreadable':
      'Toque em Atualizar daqui a um minuto. Se continuar falhando, verifique as configurações de conexão do bot.',
    'admin.name.userSync': 'Sincronização de usuários',
    'admin.name.appRegistered': 'Registro do aplicativo',
    'admin.name.adminConsent': 'Consentimento do administrador',
    'admin.name.gateway': 'Gateway',
    'admin.name.capacityUsers': 'Capacidade do PABX',
    'admin.check.licences.ok': 'Licenças do Teams Phone: {available} disponíveis de {total}',
    'admin.check.licences.short':
      'Licenças do Teams Phone insuficientes para as novas pessoas a sincronizar: faltam {short} ({needed} necessárias, {available} disponíveis)',
    'admin.fix.licences.short':
      'Compre licenças do Teams Phone ou libere algumas no centro de administração do Microsoft 365, de pessoas que não precisam mais de chamadas no Teams.',
    'admin.check.lastSync.ok': 'Tabela de correspondência aplicada pela última vez {at}',
    'admin.check.lastSync.never': 'A tabela de correspondência ainda não foi aplicada',
    'admin.fix.lastSync.never': 'Toque em Sincronizar agora para fazer a primeira.',
    'admin.check.pending.none': 'Nada aguardando sincronização',
    'admin.check.pending.waiting': 'Aguardando sincronização: {add} a adicionar, {remove} a remover',
    'admin.fix.pending.waiting': 'Toque em Sincronizar agora para aplicar.',
    'admin.check.matching.ok':
      'Todos os usuários presentes nos dois sistemas correspondem — contas associadas: {count}',
    'admin.check.duplicateAddress.found': 'Usuários que compartilham um endereço com outra pessoa: {count}',
    'admin.fix.duplicateAddress.found':
      'Um endereço usado por vários usuários não corresponde a ninguém: dê a cada um o seu próprio endereço, no CloudLink e no Entra ID.',
    'admin.check.emailMismatch.found':
      'Pessoas com e-mail do CloudLink diferente do endereço do Teams (UPN): {count}',
    'admin.fix.emailMismatch.found':
      'O e-mail do CloudLink deve ser igual ao nome principal de usuário ou ao e-mail principal no Entra ID (FAQ 9 e 10): corrija-o no CloudLink ou mapeie os dois endereços (botão Mapear de cada um).',
    'admin.check.notMapped.found': 'Pessoas sem mapeamento (sincronização manual): {count}',
    'admin.fix.notMapped.found':
      'Na sincronização manual, só os mapeamentos valem: adicione um para cada pessoa (botão Mapear em cada uma).',
    'admin.check.noCloudLinkRole.found': 'Pessoas sem a função do CloudLink exigida pelo PABX: {count}',
    'admin.fix.noCloudLinkRole.found':
      'Atribua a função na administração web do PABX ou no PBX Manager: CTI no MiVoice 5000, User no MX-ONE (no máximo 1.000). Sem ela, o gateway não monitora essas pessoas: sem presença no Teams e sem histórico de chamadas.',
    'admin.check.noTeamsPhoneLicense.found': 'Pessoas sem licença do Teams Phone: {count}',
    'admin.fix.noTeamsPhoneLicense.found':
      'Atribua o Teams Phone Standard (ou o Office 365 E5) no centro de administração do Microsoft 365.',
    'admin.check.cloudLinkOnly.found': 'Pessoas só na telefonia (sem conta no Teams): {count}',
    'admin.fix.cloudLinkOnly.found':
      'Nada a fazer, a menos que devam usar o Teams: nesse caso, crie a conta com o mesmo endereço.',
    'admin.check.teamsOnly.found': 'Pessoas só no Teams (fora da telefonia): {count}',
    'admin.fix.teamsOnly.found':
      'Nada a fazer, a menos que precisem de telefone: nesse caso, adicione-as no CloudLink.',
    'admin.check.appRegistered.ok': 'Aplicativo registrado com as permissões ({app})',
    'admin.check.appRegistered.missing': 'O aplicativo de presença não está registrado no Entra ID',
    'admin.fix.appRegistered.missing':
      'Registre-o (Entra ID › Registros de aplicativo) com as permissões de aplicativo do Microsoft Graph Presence.ReadWrite.All e User.Read.All.',
    'admin.check.appRegistered.permissions': 'Faltam permissões ao aplicativo: {missing}',
    'admin.fix.appRegistered.permissions':
      'Adicione as permissões de aplicativo do Microsoft Graph {missing} (Registros de aplicativo › {app} › Permissões de API).',
    'admin.check.adminConsent.ok': 'Um administrador global deu consentimento ao aplicativo',
    'admin.check.adminConsent.missing': 'Falta o consentimento do administrador para: {missing}',
    'admin.fix.adminConsent.missing':
      'Um administrador global precisa conceder o consentimento (Registros de aplicativo › Permissões de API › Conceder consentimento do administrador) — FAQ 18.',
    'admin.check.adminConsent.blocked': 'Consentimento: registre o aplicativo primeiro',
    'admin.check.clientSecret.ok': 'Segredo do cliente válido até {expires} — dias restantes: {days}',
    'admin.check.clientSecret.never': 'Segredo do cliente válido, sem data de expiração',
    'admin.check.clientSecret.expiresSoon':
      'O segredo do cliente expira em {expires} — dias restantes: {days}',
    'admin.fix.clientSecret.expiresSoon':
      'Crie agora um novo segredo (Registros de aplicativo › Certificados e segredos) e informe-o na integração do CloudLink antes que este expire (FAQ 17).',
    'admin.check.clientSecret.expired': 'O segredo do cliente expirou em {expires}',
    'admin.fix.clientSecret.expired':
      'A sincronização de presença parou: crie um novo segredo (Registros de aplicativo › Certificados e segredos) e informe-o na integração do CloudLink (FAQ 17).',
    'admin.check.clientSecret.none': 'O aplicativo não tem segredo do cliente',
    'admin.fix.clientSecret.none':
      'Crie um (Registros de aplicativo › Certificados e segredos) e informe-o na integração do CloudLink.',
    'admin.check.clientSecret.blocked': 'Segredo do cliente: registre o aplicativo primeiro',
    'admin.check.clientSecret.waiting':
      'Segredo do cliente: verificado assim que o registro do aplicativo puder ser lido',
    'admin.check.gateway.online':
      'O gateway responde (deduzido das linhas telefônicas: {answered} lidas de {probed}, {monitored} monitoradas)',
    'admin.check.gateway.offline':
      'O gateway não responde (deduzido: nenhuma das {probed} linhas telefônicas respondeu a tempo)',
    'admin.fix.gateway.offline':
      'Verifique a energia e a rede do CloudLink Gateway e depois o estado dele no CloudLink Account Console. Até ele voltar: sem presença do PABX, sem chamadas pelo Teams, sem histórico de chamadas.',
    'admin.check.gateway.unknown':
      'Estado do gateway desconhecido (deduzido das linhas telefônicas: nenhuma pôde ser lida, {probed} pedidas)',
    'admin.fix.gateway.unknown':
      'Nenhuma API informa o estado do gateway: verifique-o no CloudLink Account Console.',
    'admin.check.capacityUsers.ok': 'Usuários monitorados pelo gateway: {count} de {max} ({percent})',
    'admin.check.capacityUsers.warning':
      'Usuários monitorados pelo gateway: {count} de {max} ({percent}), perto do limite',
    'admin.fix.capacityUsers.warning':
      'Acima de 80% do que este PABX suporta no CloudLink ({max} usuários): planeje antes de adicionar mais.',
    'admin.check.capacityUsers.error':
      'Usuários monitorados pelo gateway: {count} de {max} ({percent}), acima do limite',
    'admin.fix.capacityUsers.error':
      'Este PABX suporta no máximo {max} usuários no CloudLink: remova usuários ou mude para um PABX maior.',
    'admin.check.capacityUsers.unknownPbx':
      'Capacidade do PABX: o tipo de PABX não está configurado (PBX_TYPE)',
    'admin.check.capacityRoles.ok':
      'Usuários monitorados (função do CloudLink): {count} de {max} ({percent})',
    'admin.check.capacityRoles.warning':
      'Usuários monitorados (função do CloudLink): {count} de {max} ({percent}), perto do limite',
    'admin.fix.capacityRoles.warning':
      'No máximo {max} usuários podem ter função do CloudLink neste PABX: planeje antes de atribuir mais.',
    'admin.check.capacityRoles.error':
      'Usuários monitorados (função do CloudLink): {count} de {max} ({percent}), acima do limite',
    'admin.fix.capacityRoles.error':
      'No máximo {max} usuários podem ter função do CloudLink neste PABX: retire a função de quem não precisa de presença nem de histórico de chamadas.',
    'admin.fact.cloudLinkEmail': 'E-mail no CloudLink',
    'admin.fact.teamsUpn': 'Endereço no Teams (UPN)',
    'admin.fact.teamsMail': 'E-mail no Teams',
    'admin.fact.sharedAddress': 'Endereço compartilhado',
    'admin.fact.role': 'Função no CloudLink',
    'admin.fact.requiredRole': 'Função exigida pelo PABX',
    'admin.fact.connector': 'Conector',
    'admin.connector.willBeRemoved': 'sincronizado; será removido na próxima sincronização',
    'admin.role.none': 'nenhuma',
    'admin.role.any': 'CTI ou User',
    'admin.reason.duplicateAddress':
      'O endereço {address} pertence a vários usuários, por isso não corresponde a ninguém',
    'admin.reason.emailMismatch': 'O e-mail do CloudLink e o endereço do Teams são diferentes',
    'admin.reason.notMapped': 'Nenhum mapeamento inclui esta pessoa (sincronização manual)',
    'admin.reason.noCloudLinkRole': 'Sem função no CloudLink: o gateway não monitora esta pessoa',
    'admin.reason.wrongCloudLinkRole': 'Função {role} no CloudLink, mas o PABX exige {required}',
    'admin.reason.noTeamsPhoneLicense': 'Sem licença do Teams Phone no Microsoft 365',
    'admin.reason.cloudLinkOnly': 'Só na telefonia: nenhuma conta do Teams encontrada',
    'admin.reason.teamsOnly': 'Só no Teams: fora da telefonia',
    'admin.personFix.duplicateAddress': 'Dê a cada usuário um endereço próprio.',
    'admin.personFix.emailMismatch':
      'Troque o e-mail do CloudLink por {upn} (FAQ 9 e 10) ou mapeie {upn} para {email}.',
    'admin.personFix.notMapped': 'Mapeie {upn} para {email}.',
    'admin.personFix.notMappedNoTeams':
      'Encontre a conta dessa pessoa no Teams e adicione um mapeamento para {email}.',
    'admin.personFix.noCloudLinkRole':
      'Atribua a função {required} na administração web do PABX ou no PBX Manager.',
    'admin.personFix.noTeamsPhoneLicense':
      'Atribua o Teams Phone Standard ou o Office 365 E5 no centro de administração do Microsoft 365.',
    'admin.personFix.cloudLinkOnly':
      'Se a pessoa precisar usar o Teams, crie a conta com o endereço {email}.',
    'admin.personFix.teamsOnly':
      'Se a pessoa precisar de telefone, adicione-a no CloudLink com o endereço {upn}.',
    'admin.action.syncNow': 'Sincronizar agora',
    'admin.action.refresh': 'Atualizar',
    'admin.action.map': 'Mapear estes endereços',
    'admin.action.seeAll': 'Ver todos ({count})',
    'admin.action.previous': 'Anterior',
    'admin.action.next': 'Próxima',
    'admin.action.back': 'Voltar ao status',
    'admin.action.read': 'Ler',
    'admin.action.resolve': 'Marcar como resolvido',
    'admin.banner.mapped':
      'Mapeamento adicionado para {name}: {upn} ↔ {email}. As contas agora correspondem; Sincronizar agora o aplica.',
    'admin.banner.mappedNoMatch':
      'Mapeamento salvo para {name} ({upn} ↔ {email}), mas as contas ainda não correspondem. Atualize daqui a um minuto.',
    'admin.banner.mapGone': 'Essa pessoa não está mais na telefonia ou no Teams: veja o status atual.',
    'admin.people.title': 'Quem não será sincronizado',
    'admin.people.subtitle': 'Página {page} de {pages} · {count} no total',
    'admin.people.empty': 'Ninguém: todos os usuários presentes nos dois sistemas correspondem.',
    'admin.reports.none': 'Nenhum relato em aberto.',
    'admin.reports.count': '{count} em aberto, os mais recentes primeiro.',
    'admin.reports.someShown': '{count} em aberto; os {shown} mais recentes:',
    'admin.reports.line': '{name}, {at}',
    'admin.report.title': 'Relatar um problema',
    'admin.report.intro':
      'Conte aos administradores o que deu errado. Você vai receber uma referência para citar.',
    'admin.report.categoryLabel': 'O que deu errado?',
    'admin.report.categoryError': 'Escolha o que deu errado.',
    'admin.report.category.calls': 'Ligar para alguém',
    'admin.report.category.presence': 'A presença de alguém (disponível, ocupado…)',
    'admin.report.category.callLog': 'Meu histórico de chamadas',
    'admin.report.category.directory': 'Encontrar um colega',
    'admin.report.category.rooms': 'Reservar uma sala',
    'admin.report.category.sync': 'Minhas contas do Teams e da telefonia',
    'admin.report.category.signIn': 'O bot não me reconhece',
    'admin.report.category.other': 'Outra coisa',
    'admin.report.detailsLabel': 'Detalhes (opcional)',
    'admin.report.detailsPlaceholder': 'O que você fez, o que aconteceu e quando?',
    'admin.report.privacy':
      'Vai junto: o horário, o resultado e as referências dos seus últimos {count} pedidos — não o que você digitou. Números de telefone e e-mails ficam mascarados.',
    'admin.report.submit': 'Enviar o relato',
    'admin.report.missingCategory': 'Escolha o que deu errado e envie de novo.',
    'admin.report.filedTitle': 'Obrigado, seu relato foi registrado',
    'admin.report.filedMessage':
      'A referência é {reference}: cite-a se falar com os administradores. Eles veem o relato junto com o diagnóstico dos seus últimos pedidos.',
    'admin.report.filedHint': 'Nenhuma mensagem que você escreveu para o bot foi enviada junto.',
    'admin.report.reference': 'Referência',
    'admin.report.pendingTitle': 'Registrando o relato',
    'admin.report.pending':
      'Seu relato está sendo registrado; envie o formulário de novo daqui a pouco para ver a referência.',
    'admin.report.unknownReporter': 'Usuário desconhecido',
    'admin.report.viewTitle': 'Relato {reference}',
    'admin.report.statusOpen': 'Em aberto',
    'admin.report.statusResolved': 'Resolvido por {name}, {at}',
    'admin.report.filed': 'Relatado',
    'admin.report.by': 'Por',
    'admin.report.about': 'Assunto',
    'admin.report.detailsHeading': 'Detalhes',
    'admin.report.noDetails': '(nenhum)',
    'admin.report.turnsHeading': 'Os últimos pedidos, os mais recentes primeiro',
    'admin.report.noTurns': 'Nenhum pedido recente registrado.',
    'admin.report.notFoundTitle': 'Relato não encontrado',
    'admin.report.notFound': 'Não existe o relato {reference}.',
    'admin.figure.mappings': 'Mapeamentos manuais',
    'admin.syncMode.combined': 'Automático por e-mail, mais os mapeamentos manuais',
    'admin.name.licences': 'Licenças',
    'admin.check.teamsIntegration.console':
      'Integração do Microsoft Teams e sincronização de presença: não legíveis pelo CloudLink',
    'admin.fix.teamsIntegration.console':
      'O CloudLink não publica API para elas: verifique no CloudLink Account Console (Integrações › Microsoft Teams) se a integração foi adicionada e a sincronização de presença está ativada.',
    'admin.check.capacityUsers.noLines':
      'Capacidade do PABX: nenhuma linha pôde ser lida para contar os usuários monitorados',
    'admin.banner.mapTaken':
      'Não mapeado: {upn} ou {email} já tem um mapeamento ({otherUpn} ↔ {otherEmail}). Remova-o primeiro.',
    'admin.banner.syncNotRun': 'A sincronização não foi feita: uma fonte não pôde ser lida. {why}',
    'admin.banner.syncUnchanged': 'Sincronização aplicada ({at}): nada mudou — {matched}.',
    'admin.banner.syncChanged': 'Sincronização aplicada ({at}): {changes} — {matched}.',
    'admin.sync.matched.one': '{count} pessoa correspondente',
    'admin.sync.matched.other': '{count} pessoas correspondentes',
    'admin.sync.newlyMatched.one': '{count} pessoa passou a corresponder',
    'admin.sync.newlyMatched.other': '{count} pessoas passaram a corresponder',
    'admin.sync.noLongerMatched.one': '{count} não corresponde mais',
    'admin.sync.noLongerMatched.other': '{count} não correspondem mais',
    'admin.action.mappings': 'Mapeamentos manuais ({count})',
    'admin.action.unmap': 'Remover',
    'admin.action.export': 'Exportar em CSV',
    'admin.action.import': 'Importar',
    'admin.mappings.title': 'Mapeamentos manuais',
    'admin.mappings.line': 'Teams {upn} ↔ sistema telefônico {email}',
    'admin.mappings.subtitle.one': 'Página {page} de {pages} · {count} mapeamento',
    'admin.mappings.subtitle.other': 'Página {page} de {pages} · {count} mapeamentos',
    'admin.mappings.empty': 'Nenhum mapeamento manual: as pessoas correspondem só pelo e-mail.',
    'admin.mappings.csvHeading': 'Exportação CSV (modelo de sincronização manual)',
    'admin.mappings.importLabel': 'Importar mapeamentos: cole o CSV de sincronização manual',
    'admin.mappings.importHint':
      'Primeira linha: {header}. Depois, um endereço do Teams e um e-mail do sistema telefônico por linha.',
    'admin.banner.unmapped': 'Mapeamento removido: {upn} ↔ {email}. Sincronizar agora o aplica.',
    'admin.banner.unmapGone': 'O mapeamento {upn} ↔ {email} não existe mais.',
    'admin.banner.importNotTemplate':
      'Nada foi importado: a primeira linha deve ser o cabeçalho do modelo {header}.',
    'admin.banner.imported': 'Importação: {parts}.',
    'admin.import.added.one': '{count} mapeamento adicionado',
    'admin.import.added.other': '{count} mapeamentos adicionados',
    'admin.import.unchanged.one': '{count} já existia',
    'admin.import.unchanged.other': '{count} já existiam',
    'admin.import.refused.one': '{count} linha recusada ({lines})',
    'admin.import.refused.other': '{count} linhas recusadas ({lines})',
    'admin.import.refusedLine': 'linha {line}: {why}',
    'admin.import.why.notAddresses': 'não são dois endereços',
    'admin.import.why.taken': 'um endereço já mapeado para outra pessoa',
    'admin.import.why.repeated': 'repetida',
    'admin.reason.alsoLine': 'Também: {line}',
    'admin.turn.ok': 'ok',
    'admin.turn.failed': 'falhou: {failures}',
  },
});
