/**
 * A local TypeDoc plugin for the types papersift infers from its zod schemas (`type Paper =
 * z.infer<typeof PaperSchema>`), run after typedoc-plugin-zod has turned each such alias into
 * its object type:
 *
 * 1. Fields get their descriptions from the schema's `.meta({ description })`, the one place
 *    they are written, instead of being undocumented.
 * 2. Everywhere else (a return type, `ValidationResult.papers`, a field of another record) the
 *    type is linked by name rather than spelled out: TypeScript resolves `z.infer` to an
 *    anonymous object type, which TypeDoc would otherwise copy in full at every use.
 * 3. zod's own types are written without their schema-shaped, page-long type arguments
 *    (`ZodObject`, not `ZodObject<{ id: ZodString; … }>`). A schema with an inferred alias is
 *    shown as typedoc-plugin-zod writes it, `ZodObject<Paper>`: the schema of a `Paper`.
 */
import { Comment, Converter, makeRecursiveVisitor, ReferenceType, ReflectionKind, TypeScript as ts } from 'typedoc'

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property) || reflection.comment) return
    const declaration = context.getSymbolFromReflection(reflection)?.declarations?.[0]
    const description =
      declaration && ts.isPropertyAssignment(declaration) && metaDescription(context.checker, declaration.initializer)
    if (description) reflection.comment = new Comment([{ kind: 'text', text: description }])
  })

  // After typedoc-plugin-zod (which runs at priority 2000) has converted the aliases.
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => linkInferredTypes(context.project), 1000)
}

/**
 * The `description` of the outermost `.meta({ description: '…' })` in a zod call chain; when the
 * chain starts from another schema (`ArxivIdSchema.optional()`, `Other.shape.field`), that one's.
 */
function metaDescription(checker, expression, depth = 0) {
  let current = expression
  while (ts.isCallExpression(current) && ts.isPropertyAccessExpression(current.expression)) {
    if (current.expression.name.text === 'meta') {
      const [options] = current.arguments
      const property = options && ts.isObjectLiteralExpression(options) && options.properties.find(isDescription)
      if (property && ts.isStringLiteralLike(property.initializer)) return property.initializer.text
    }
    current = current.expression.expression
  }
  if (depth > 4 || !(ts.isIdentifier(current) || ts.isPropertyAccessExpression(current))) return undefined
  const declaration = checker.getSymbolAtLocation(current)?.declarations?.[0]
  const initializer =
    declaration && (ts.isVariableDeclaration(declaration) || ts.isPropertyAssignment(declaration))
      ? declaration.initializer
      : undefined
  return initializer && metaDescription(checker, initializer, depth + 1)
}

function isDescription(property) {
  return ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && property.name.text === 'description'
}

/** Replace each spelled-out copy of an inferred alias's object type with a link to the alias. */
function linkInferredTypes(project) {
  const aliases = new Map()
  for (const alias of project.getReflectionsByKind(ReflectionKind.TypeAlias)) {
    const key = alias.type?.type === 'reflection' && shapeKey(project, alias.type.declaration)
    if (key) aliases.set(key, alias)
  }
  if (aliases.size === 0) return

  const replace = (type, owner) => {
    if (!type) return type
    switch (type.type) {
      case 'reflection': {
        const alias = aliases.get(shapeKey(project, type.declaration))
        if (alias && alias !== owner) {
          project.removeReflection(type.declaration)
          return ReferenceType.createResolvedReference(alias.name, alias, project)
        }
        return type
      }
      case 'array':
      case 'optional':
      case 'rest':
        type.elementType = replace(type.elementType, owner)
        return type
      case 'union':
      case 'intersection':
        type.types = type.types.map((item) => replace(item, owner))
        return type
      case 'reference':
        if (type.package === 'zod' && type.typeArguments?.some(hasShape)) return withoutArguments(type)
        if (type.typeArguments) type.typeArguments = type.typeArguments.map((item) => replace(item, owner))
        return type
      case 'predicate':
        type.targetType = replace(type.targetType, owner)
        return type
      default:
        return type
    }
  }

  // A schema's type is written `ZodObject`, not `ZodObject<{ id: ZodString; … 30 fields … }>`: its
  // description says what it validates, and the inferred type's page lists the fields.
  const withoutArguments = (type) => {
    for (const argument of type.typeArguments ?? []) {
      argument.visit(makeRecursiveVisitor({ reflection: (inner) => project.removeReflection(inner.declaration) }))
    }
    type.typeArguments = undefined
    return type
  }

  const hasShape = (type) => {
    let found = false
    type.visit(makeRecursiveVisitor({ reflection: () => (found = true) }))
    return found
  }

  for (const reflection of Object.values(project.reflections)) {
    if (!project.getReflectionById(reflection.id)) continue // removed as part of a replaced copy
    const owner = reflection.kindOf(ReflectionKind.TypeAlias) ? reflection : undefined
    if ('type' in reflection && reflection.type) {
      // An alias's own definition stays spelled out; only its fields' types are linked.
      if (owner && reflection.type.type === 'reflection') {
        for (const child of reflection.type.declaration.children ?? []) child.type = replace(child.type, owner)
      } else reflection.type = replace(reflection.type, owner)
    }
    if ('default' in reflection && reflection.default) reflection.default = replace(reflection.default, owner)
  }
}

/** The identity of an object type: the source declarations of its properties. */
function shapeKey(project, declaration) {
  const children = declaration.children ?? []
  if (children.length === 0) return undefined
  const keys = children.map((child) => {
    const id = project.getSymbolIdFromReflection(child)
    return id ? `${id.packagePath}\0${id.qualifiedName}\0${id.pos}` : `?${child.name}`
  })
  return keys.sort().join('\n')
}
