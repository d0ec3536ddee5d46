{{/* Chart name, or nameOverride. */}}
{{- define "ainow.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Resource name prefix: fullnameOverride, or <release>-<chart> (just <release> when it already contains the chart name). */}}
{{- define "ainow.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "ainow.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels on every resource. */}}
{{- define "ainow.labels" -}}
helm.sh/chart: {{ include "ainow.chart" . }}
app.kubernetes.io/name: {{ include "ainow.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* Selector labels of one component (server, worker, migrate): pass (dict "ctx" $ "component" "server"). */}}
{{- define "ainow.selectorLabels" -}}
app.kubernetes.io/name: {{ include "ainow.name" .ctx }}
app.kubernetes.io/instance: {{ .ctx.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{- define "ainow.image" -}}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion) }}
{{- end }}

{{/* The Secret every AI-Now container reads its environment from. */}}
{{- define "ainow.secretName" -}}
{{- .Values.existingSecret | default (printf "%s-env" (include "ainow.fullname" .)) }}
{{- end }}

{{/* AINOW_PUBLIC_URL: publicUrl, else https://<ingress host> when the ingress is on. */}}
{{- define "ainow.publicUrl" -}}
{{- if .Values.publicUrl }}
{{- .Values.publicUrl }}
{{- else if .Values.ingress.enabled }}
{{- printf "https://%s" .Values.ingress.host }}
{{- end }}
{{- end }}

{{/* Environment of every AI-Now container: the Secret, then plain settings. */}}
{{- define "ainow.envFrom" -}}
- secretRef:
    name: {{ include "ainow.secretName" . }}
{{- end }}

{{- define "ainow.env" -}}
- name: AINOW_DATA_DIR
  value: /data
{{- with (include "ainow.publicUrl" .) }}
- name: AINOW_PUBLIC_URL
  value: {{ . | quote }}
{{- end }}
{{- range $name, $value := .Values.env }}
- name: {{ $name }}
  value: {{ $value | toString | quote }}
{{- end }}
{{- end }}

{{/* Writable folders under a read-only root file system. */}}
{{- define "ainow.volumeMounts" -}}
- name: data
  mountPath: /data
- name: tmp
  mountPath: /tmp
{{- end }}

{{- define "ainow.volumes" -}}
- name: data
  emptyDir: {}
- name: tmp
  emptyDir: {}
{{- end }}

{{/* Fails the render with a clear message when the chart would create an incomplete Secret. */}}
{{- define "ainow.checkSecrets" -}}
{{- if not .Values.existingSecret }}
{{- $missing := list }}
{{- if not .Values.secrets.databaseUrl }}{{ $missing = append $missing "secrets.databaseUrl (postgres://user:password@host:5432/ainow)" }}{{ end }}
{{- if not .Values.secrets.redisUrl }}{{ $missing = append $missing "secrets.redisUrl (redis://host:6379)" }}{{ end }}
{{- if not .Values.secrets.encryptionKey }}{{ $missing = append $missing "secrets.encryptionKey (openssl rand -hex 32)" }}{{ end }}
{{- if $missing }}
{{- fail (printf "AI-Now needs %s; set them, or name a Secret holding DATABASE_URL, REDIS_URL and AINOW_ENCRYPTION_KEY with existingSecret" (join ", " $missing)) }}
{{- end }}
{{- if not (regexMatch "^postgres(ql)?://" .Values.secrets.databaseUrl) }}
{{- fail "secrets.databaseUrl must be a PostgreSQL URL such as postgres://user:password@host:5432/ainow" }}
{{- end }}
{{- if not (regexMatch "^rediss?://" .Values.secrets.redisUrl) }}
{{- fail "secrets.redisUrl must be a Redis URL such as redis://host:6379" }}
{{- end }}
{{- if not (regexMatch "^([0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{43}=?)$" .Values.secrets.encryptionKey) }}
{{- fail "secrets.encryptionKey must be 32 bytes: 64 hex characters (openssl rand -hex 32) or 44 base64 characters" }}
{{- end }}
{{- if ne (empty .Values.secrets.ownerEmail) (empty .Values.secrets.ownerPassword) }}
{{- fail "set both secrets.ownerEmail and secrets.ownerPassword, or neither" }}
{{- end }}
{{- end }}
{{- end }}

{{/* Pod annotations: a checksum of the chart's Secret (pods restart when it changes) and extra ones: pass (dict "ctx" $ "extra" .Values.server.podAnnotations). */}}
{{- define "ainow.podAnnotations" -}}
{{- $annotations := dict }}
{{- if not .ctx.Values.existingSecret }}
{{- $_ := set $annotations "checksum/secret" (include (print .ctx.Template.BasePath "/secret.yaml") .ctx | sha256sum) }}
{{- end }}
{{- range $key, $value := .extra }}
{{- $_ := set $annotations $key ($value | toString) }}
{{- end }}
{{- if $annotations }}
{{- toYaml $annotations }}
{{- end }}
{{- end }}
