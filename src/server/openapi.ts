// The OpenAPI 3.1 description of the HTTP API, written by hand; the dossier schema itself lives in schema/dossier.schema.json.

const problem = { $ref: '#/components/responses/Problem' };
const notFound = { $ref: '#/components/responses/NotFound' };
const storyId = { name: 'id', in: 'path', required: true, description: 'Story id.', schema: { type: 'string' } };

function ok(description: string, schema: object): object {
  return { description, content: { 'application/json': { schema } } };
}

/** The OpenAPI document served at /api/openapi.json. */
export function openApiDocument(): object {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Triangulate API',
      version: '0.1.0',
      description:
        'Stories, dossiers, articles, claims and full-text search over a Triangulate store, and ingestion of new documents. Errors are RFC 9457 problem details. When the server runs with a token, every request needs it as `Authorization: Bearer TOKEN`.',
    },
    servers: [{ url: '/' }],
    security: [{}, { bearer: [] }],
    paths: {
      '/api/stories': {
        get: {
          summary: 'List stories, largest first',
          parameters: [
            { name: 'q', in: 'query', description: 'Words the title, an outlet or the id must contain.', schema: { type: 'string', maxLength: 500 } },
            { name: 'from', in: 'query', description: 'Stories reaching this date or later.', schema: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } },
            { name: 'to', in: 'query', description: 'Stories starting on this date or earlier.', schema: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
            { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
          ],
          responses: {
            200: ok('One page of stories.', {
              type: 'object',
              required: ['total', 'limit', 'offset', 'stories'],
              properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, stories: { type: 'array', items: { $ref: '#/components/schemas/StoryRow' } } },
            }),
            400: problem,
          },
        },
      },
      '/api/stories/{id}': {
        get: {
          summary: "A story's dossier (the same JSON as `triangulate dossier --json`)",
          description: 'The response carries an `ETag` naming the build of the story; a request with `If-None-Match` set to it gets 304 while the story is unchanged.',
          parameters: [storyId, { name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' }, description: 'The ETag of a dossier already held.' }],
          responses: {
            200: ok('The dossier.', { $ref: '#/components/schemas/Dossier' }),
            304: { description: 'The story is unchanged since the dossier whose ETag was given.' },
            404: notFound,
          },
        },
      },
      '/api/stories/{id}/entities': {
        get: {
          summary: "A story's entities with their aliases and articles",
          parameters: [storyId],
          responses: { 200: ok('The entities.', { type: 'object', properties: { storyId: { type: 'string' }, entities: { type: 'array', items: { type: 'object' } } } }), 404: notFound },
        },
      },
      '/api/stories/{id}/claim-groups': {
        get: {
          summary: "A story's claim groups with verdicts and tellings",
          parameters: [storyId],
          responses: { 200: ok('The claim groups.', { type: 'object', properties: { storyId: { type: 'string' }, claimGroups: { type: 'array', items: { $ref: '#/components/schemas/ClaimGroup' } } } }), 404: notFound },
        },
      },
      '/api/stories/{id}/claim-groups/{groupId}': {
        get: {
          summary: 'One claim group',
          parameters: [storyId, { name: 'groupId', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: ok('The claim group.', { $ref: '#/components/schemas/ClaimGroup' }), 404: notFound },
        },
      },
      '/api/stories/{id}/events': {
        get: {
          summary: "A story's change history, newest first (events stored by `triangulate watch`)",
          parameters: [storyId, { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } }],
          responses: {
            200: ok('The events.', {
              type: 'object',
              required: ['storyId', 'limit', 'events'],
              properties: { storyId: { type: 'string' }, limit: { type: 'integer' }, events: { type: 'array', items: { $ref: '#/components/schemas/ChangeEvent' } } },
            }),
            400: problem,
            404: notFound,
          },
        },
      },
      '/api/stories/{id}/attributions': {
        get: {
          summary: 'Who said what in a story',
          parameters: [storyId],
          responses: { 200: ok('The attributions.', { type: 'object', properties: { storyId: { type: 'string' }, attributions: { type: 'array', items: { type: 'object' } } } }), 404: notFound },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One article with its analysis (every span is [start, end) into article.text)',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            200: ok('The article.', {
              type: 'object',
              required: ['article', 'analysis', 'storyId'],
              properties: {
                article: { $ref: '#/components/schemas/Article' },
                analysis: { type: ['object', 'null'] },
                storyId: { type: ['string', 'null'] },
                versions: { type: 'array', description: 'Every version of the article (same external id or URL, new content), oldest first.', items: { type: 'object' } },
                latestVersion: { type: 'string', description: 'The id of the latest version, the one in stories.' },
                change: { type: ['object', 'null'], description: 'What changed from the version before: title, published, sentences removed and added, figures.' },
              },
            }),
            404: notFound,
          },
        },
      },
      '/api/search': {
        get: {
          summary: 'Full-text search over articles and claims',
          parameters: [
            { name: 'q', in: 'query', required: true, description: 'Words, "phrases", -excluded words, OR.', schema: { type: 'string', maxLength: 500 } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 20 } },
          ],
          responses: {
            200: ok('Hits, best first; snippets mark matched words with «».', {
              type: 'object',
              properties: {
                query: { type: 'string' },
                hits: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['kind', 'articleId', 'snippet', 'rank', 'span'],
                    properties: {
                      kind: { enum: ['article', 'claim'] },
                      articleId: { type: 'string' },
                      span: { description: "The claim's sentence in the article text.", oneOf: [{ $ref: '#/components/schemas/Span' }, { type: 'null' }] },
                      snippet: { type: 'string' },
                      rank: { type: 'number' },
                    },
                  },
                },
              },
            }),
            400: problem,
          },
        },
      },
      '/api/documents': {
        post: {
          summary: 'Add documents: extract, analyse, store and link them',
          description: 'Multipart files (any field) and a "text" field, or one raw text/HTML body, or JSON lines of records (id, url, title, text or html, published, outlet). Limits: request size, document size and document count; over them the answer is 413.',
          parameters: [{ name: 'name', in: 'query', description: 'Name of a raw body document.', schema: { type: 'string' } }],
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'array', items: { type: 'string', contentMediaType: 'application/octet-stream' } }, text: { type: 'string' }, name: { type: 'string' } } } },
              'text/plain': { schema: { type: 'string' } },
              'text/html': { schema: { type: 'string' } },
              'application/x-ndjson': { schema: { type: 'string' } },
            },
          },
          responses: {
            200: ok('Nothing new was added.', { $ref: '#/components/schemas/IngestResult' }),
            201: ok('Documents were added.', { $ref: '#/components/schemas/IngestResult' }),
            400: problem,
            413: problem,
            415: problem,
          },
        },
      },
      '/api/openapi.json': { get: { summary: 'This document', responses: { 200: ok('OpenAPI 3.1.', { type: 'object' }) } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      responses: {
        Problem: { description: 'A problem (RFC 9457).', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
        NotFound: { description: 'No such resource.', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
      },
      schemas: {
        Span: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 },
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status'],
          properties: { type: { type: 'string', format: 'uri' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' }, instance: { type: 'string' } },
        },
        StoryRow: {
          type: 'object',
          required: ['id', 'title', 'articles', 'outlets', 'from', 'to', 'claimGroups', 'contestedClaimGroups'],
          properties: {
            id: { type: 'string' },
            title: { type: ['string', 'null'] },
            articles: { type: 'integer' },
            outlets: { type: 'integer' },
            from: { type: ['string', 'null'] },
            to: { type: ['string', 'null'] },
            claimGroups: { type: 'integer' },
            contestedClaimGroups: { type: 'integer' },
          },
        },
        Dossier: { description: 'See schema/dossier.schema.json in the package.', type: 'object', required: ['schemaVersion', 'generatedAt', 'stories', 'articles'] },
        ClaimGroup: {
          type: 'object',
          required: ['id', 'statement', 'verdict', 'verdictRule', 'explanation', 'tellings'],
          properties: {
            id: { type: 'string' },
            statement: { type: 'string' },
            verdict: { enum: ['corroborated', 'single-origin', 'updated', 'contested', 'denied'] },
            verdictRule: { type: 'string' },
            explanation: { type: 'string' },
            independentOrigins: { type: 'integer' },
            tellings: { type: 'array', items: { type: 'object' } },
          },
        },
        ChangeEvent: {
          type: 'object',
          description: 'What new articles changed in a story, with its evidence. `key` is deterministic (kind, story, claim group key, cause): an event is emitted and stored once.',
          required: ['key', 'kind', 'detectedAt', 'story', 'claimGroup', 'verdict', 'value', 'sentences', 'articles', 'origins', 'message'],
          properties: {
            key: { type: 'string' },
            kind: { enum: ['new-story', 'new-article', 'revised', 'new-claim-group', 'updated', 'verdict-changed', 'denied'] },
            detectedAt: { type: 'string', format: 'date-time' },
            story: { type: 'object', required: ['id', 'title'], properties: { id: { type: 'string' }, title: { type: 'string' } } },
            claimGroup: {
              description: 'The claim group after the change; `key` is stable across runs, `id` is not.',
              oneOf: [
                { type: 'null' },
                {
                  type: 'object',
                  required: ['id', 'key', 'statement', 'verdict', 'verdictRule', 'explanation'],
                  properties: { id: { type: 'string' }, key: { type: 'string' }, statement: { type: 'string' }, verdict: { type: 'string' }, verdictRule: { type: 'string' }, explanation: { type: 'string' } },
                },
              ],
            },
            verdict: { oneOf: [{ type: 'null' }, { type: 'object', required: ['from', 'to'], properties: { from: { type: ['string', 'null'] }, to: { type: 'string' } } }] },
            value: { oneOf: [{ type: 'null' }, { type: 'object', required: ['from', 'to'], properties: { from: { type: 'string' }, to: { type: 'string' } } }] },
            sentences: {
              type: 'array',
              items: {
                type: 'object',
                required: ['articleId', 'text', 'span', 'outlet', 'origin', 'asOf', 'role'],
                properties: {
                  articleId: { type: 'string' },
                  text: { type: 'string' },
                  span: { $ref: '#/components/schemas/Span' },
                  outlet: { type: ['string', 'null'] },
                  origin: { type: 'string' },
                  asOf: { type: ['string', 'null'] },
                  role: { enum: ['new', 'earlier'] },
                },
              },
            },
            articles: {
              type: 'array',
              items: {
                type: 'object',
                required: ['id', 'outlet', 'title', 'published', 'url'],
                properties: { id: { type: 'string' }, outlet: { type: ['string', 'null'] }, title: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, url: { type: ['string', 'null'] } },
              },
            },
            origins: { type: 'array', items: { type: 'string' } },
            message: { type: 'string' },
          },
        },
        Article: {
          type: 'object',
          required: ['id', 'source', 'text', 'paragraphs', 'removed', 'metadata', 'messages'],
          properties: { id: { type: 'string' }, source: { type: 'string' }, title: { type: ['string', 'null'] }, outlet: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, text: { type: 'string' } },
        },
        IngestResult: {
          type: 'object',
          required: ['added', 'present', 'failed', 'stories'],
          properties: {
            added: { type: 'array', items: { type: 'object', properties: { source: { type: 'string' }, articleId: { type: 'string' } } } },
            present: { type: 'array', items: { type: 'object', properties: { source: { type: 'string' }, articleId: { type: 'string' } } } },
            failed: { type: 'array', items: { type: 'object', properties: { source: { type: 'string' }, messages: { type: 'array', items: { type: 'object' } } } } },
            stories: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, title: { type: ['string', 'null'] }, articles: { type: 'integer' } } } },
          },
        },
      },
    },
  };
}
