/**
 * GET /openapi.json (the OpenAPI 3.1 document, generated once from the operations) and GET /docs/, the document
 * rendered by Swagger UI, served from node_modules under the same Content-Security-Policy as the reviewers' page:
 * the page and its initialiser are files of this origin, and the initialiser turns off Swagger UI's calls to an
 * outside validator.
 */
import { Router } from 'express';
import { buildOpenApiDocument } from '../api/openapi';
import { type RouteContext, route } from '../api/route';
import { docsAssets, docsPage, openApiDocument } from '../api/operations/service';
import { redirectToSlash, setPageHeaders } from '../page-headers';
import { DOCS_VENDOR, vendorFiles } from '../vendor-files';

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>chokepoint API</title>
<link rel="stylesheet" href="swagger-ui.css">
</head>
<body>
<div id="api"></div>
<script src="swagger-ui-bundle.js"></script>
<script src="init.js"></script>
</body>
</html>
`;

// The document's address relative to this page, so that the page works behind a path prefix too.
const INIT = `window.ui = SwaggerUIBundle({
  url: new URL('../openapi.json', window.location.href).href,
  dom_id: '#api',
  deepLinking: true,
  validatorUrl: null,
  defaultModelsExpandDepth: 0,
  displayOperationId: true,
  tryItOutEnabled: false,
});
`;

export function docsRoutes(ctx: RouteContext, version: () => string): Router {
  const r = Router();
  let document: string | undefined;
  route(r, openApiDocument, ctx, (_input, _req, res) => {
    document ??= JSON.stringify(buildOpenApiDocument({ version: version() }));
    res.type('application/json').send(document);
  });
  route(r, docsPage, ctx, (_input, req, res) => {
    if (redirectToSlash(req, res)) return;
    setPageHeaders(res);
    res.type('html').send(PAGE);
  });
  const vendor = vendorFiles(DOCS_VENDOR);
  route(r, docsAssets, ctx, ({ params }, _req, res) => {
    setPageHeaders(res);
    if (params.file === 'init.js') res.type('text/javascript').send(INIT);
    else vendor(params.file, res);
  });
  return r;
}
